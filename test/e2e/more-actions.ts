import type { Page } from 'playwright-core';

/** Opens the editor header's "More actions" (export, history, reader view) if it is closed. */
export async function openMoreActions(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'More actions' });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}
