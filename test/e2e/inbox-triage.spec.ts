import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, useAppSession } from './app-session.ts';

// The inbox (issue 6): candidates loaded from a feed are triaged into sections of a new draft by
// keyboard; the cards carry bullets drafted from the excerpts and the inbox remembers what is
// left. The seed feed page splits into its 25 items.

const session = useAppSession();

const FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Containers Blog</title>
<item><title>Karpenter 1.0 is here</title><link>https://example.com/karpenter-1-0</link>
<description>Karpenter 1.0 is out. It brings stable APIs. More details follow in the post.</description></item>
<item><title>Faster pod startup</title><link>https://example.com/pod-startup</link>
<description>&lt;p&gt;Pods now start faster on EKS. We measured it twice. And again.&lt;/p&gt;</description></item>
<item><title>A new CLI</title><link>https://example.com/new-cli</link>
<description>eksctl gained a new command for add-ons. Read more</description></item>
<item><title>Kept for later</title><link>https://example.com/later</link>
<description>This one stays in the inbox.</description></item>
</channel></rss>`;

const seedPage = fileURLToPath(
  new URL('../fixtures/seeds/candidate-feed-page.txt', import.meta.url),
);

/** Makes a new draft from the library and returns its id. */
async function newDraft(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New issue' }).click();
  await page.waitForURL(/\/issues\/[^/]+$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
}

describe('the inbox', () => {
  it('triages three feed items into sections by keyboard, with drafted bullets', async () => {
    const { page } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).first().waitFor();
    const draftId = await newDraft(page);
    await page.goto(appUrl('/inbox'));
    await page.getByLabel('RSS or Atom file').setInputFiles({
      name: 'containers.xml',
      mimeType: 'application/rss+xml',
      buffer: Buffer.from(FEED),
    });
    await page.getByText('Added 4 candidates from the feed “Containers Blog”.').waitFor();
    await page.getByLabel('Send to draft').selectOption(draftId);

    await page.getByRole('listbox', { name: 'Candidates' }).focus();
    await page.keyboard.press('2');
    await page.getByText('“Karpenter 1.0 is here” went to AWS blogs.').waitFor();
    await page.keyboard.press('5');
    await page.getByText('“Faster pod startup” went to Open source projects.').waitFor();
    await page.keyboard.press('4');
    await page.getByText('“A new CLI” went to Videos and webinars.').waitFor();
    await page.getByText('1 to triage').waitFor();

    await page.reload();
    await page.getByRole('option', { name: /Kept for later/ }).waitFor();
    await page.getByText('1 to triage').waitFor();

    await page.goto(appUrl(`/issues/${encodeURIComponent(draftId)}`));
    for (const bullet of [
      'Karpenter 1.0 is out. It brings stable APIs.',
      'Pods now start faster on EKS. We measured it twice.',
      'eksctl gained a new command for add-ons.',
    ]) {
      await page.getByText(bullet, { exact: true }).first().waitFor();
    }
    // The card, titled from the feed (the preview that also shows it loads after the form).
    await page.getByRole('article', { name: 'Karpenter 1.0 is here' }).waitFor();
  });

  it('splits the seed feed page into 25 candidates; one without a link asks for it in the inbox', async () => {
    const { page } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).first().waitFor();
    const draftId = await newDraft(page);
    await page.goto(appUrl('/inbox'));
    await page.getByLabel(/^Paste links/).fill(await readFile(seedPage, 'utf8'));
    await page.getByRole('button', { name: 'Add to inbox' }).click();
    await page.getByText('Added 25 candidates from the pasted text.').waitFor();
    await page.getByText('25 to triage').waitFor();
    await page.getByLabel('Send to draft').selectOption(draftId);

    await page.getByRole('listbox', { name: 'Candidates' }).focus();
    await page.keyboard.press('3');
    const field = page.getByRole('textbox', { name: /has no link yet/ });
    await field.waitFor();
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/inbox');
    await page.keyboard.type('upstox.com/case-study');
    await page.keyboard.press('Enter');
    await page.getByText('24 to triage').waitFor();
    await page.getByText(/went to Community news and articles/).waitFor();
    await page.goto(appUrl(`/issues/${encodeURIComponent(draftId)}`));
    const card = page.getByRole('article', { name: /^Upstox is India/ });
    await card.waitFor();
    expect(await card.locator('[data-field="url"]').inputValue()).toBe(
      'https://upstox.com/case-study',
    );
  });
});
