import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles } from '../helpers/corpus.ts';
import { useAppSession } from './app-session.ts';

// Archive-aware curation (issue 6): the corpus folder is imported through the library's archive
// input with a progress bar counting the files; a link that issue 056 featured, pasted into a
// new issue, is flagged "in #056" before and after its card is made.

const session = useAppSession();

/** A link 056 featured, written as a reader might paste it. */
const FEATURED_IN_056 =
  'https://aws.amazon.com/blogs/containers/happy-5th-birthday-amazon-eks?utm_source=newsletter';

declare global {
  interface Window {
    progressSeen?: string[];
  }
}

describe('the archive', () => {
  it('imports the corpus folder with a progress bar, then flags a link 056 featured', async () => {
    const { page } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).first().waitFor();
    await page.evaluate(() => {
      window.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        const label = bar?.closest('[role="status"]')?.textContent?.trim();
        if (bar && label && window.progressSeen?.at(-1) !== label) window.progressSeen?.push(label);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    await page.locator('input[type="file"][aria-label="Archive folder"]').setInputFiles(corpusDir);
    const result = page.getByRole('region', { name: 'Archive import result' });
    await result.waitFor();
    const total = corpusFiles().length + 1; // the folder's README.md is read and skipped
    expect(await result.textContent()).toContain(
      `Archived ${corpusFiles().length} issues: ${corpusFiles().length} new, 0 updated.`,
    );
    expect(await result.getByRole('list', { name: 'Skipped files' }).textContent()).toBe(
      'eks-news/README.md: no link cards: not a newsletter issue',
    );
    const seen = (await page.evaluate(() => window.progressSeen)) ?? [];
    expect(seen[0]).toMatch(new RegExp(`\\b0 of ${total}$`));
    expect(seen.length).toBeGreaterThan(1);
    const counts = seen.map((label) => Number(/(\d+) of \d+$/.exec(label)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    await page.getByRole('button', { name: 'New issue' }).click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    const addLink = page.getByPlaceholder('Add link: paste or type a URL, then Enter').nth(1);
    await addLink.fill(FEATURED_IN_056);
    await page.getByText('in #056').first().waitFor();
    await addLink.press('Enter');
    await expect.poll(() => addLink.inputValue()).toBe('');
    const badge = page.getByRole('link', { name: /^Already featured in #056/ }).first();
    await badge.waitFor();
    expect(await badge.getAttribute('href')).toMatch(/^\/issues\/[^/]+\/preview$/);
  });

  it('updates the archived issues when the same folder is imported again', async () => {
    const { page } = await session.openApp('/');
    const input = page.locator('input[type="file"][aria-label="Archive folder"]');
    await input.setInputFiles(corpusDir);
    const result = page.getByRole('region', { name: 'Archive import result' });
    await result.waitFor();
    await page.getByRole('button', { name: 'Dismiss archive result' }).click();
    await input.setInputFiles(corpusDir);
    await result.waitFor();
    const count = corpusFiles().length;
    expect(await result.textContent()).toContain(
      `Archived ${count} issues: 0 new, ${count} updated.`,
    );
  });
});
