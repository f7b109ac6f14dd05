import type { Page } from 'playwright-core';

/**
 * Answers the question an export, a share or a save of an issue with lint problems asks first
 * (issue 15, item 4): "Export anyway", "Share anyway" or "Save anyway", pressed as soon as the
 * dialog shows.
 */
export async function answerAnyway(page: Page, action: 'Export' | 'Share' | 'Save' = 'Export') {
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `${action} anyway` })
    .click();
}
