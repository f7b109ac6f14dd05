import type { Page } from 'playwright-core';
import { recordLatencies } from './page-probes';
import { servePageBuild } from './serve-page-build';
import { percentile } from './stats';

// Typing latency, page against page: the keystrokes, the interleaving that puts every page
// under the same load of the machine, and the bare TipTap page they are compared with.

const KEYSTROKES = 200;
const WARM_UP_KEYSTROKES = 20;

export function summarize(
  latencies: number[],
  size: string,
  prefix = 'typing',
): Record<string, number> {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    [`${prefix}P50Ms${size}`]: round(percentile(latencies, 50)),
    [`${prefix}P95Ms${size}`]: round(percentile(latencies, 95)),
  };
}

/**
 * Scrolls to the end of the page, waits until the last list's last item is rendered (off-screen
 * cards are placeholders), clicks into the last Summary box and puts the cursor at its end.
 */
export async function prepareTyping(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => {
    // A page without card lists (the bare editor) has nothing to wait for.
    const items = document.querySelectorAll('[role="listitem"][aria-posinset]');
    const last = items[items.length - 1];
    return (
      last === undefined || last.getAttribute('aria-posinset') === last.getAttribute('aria-setsize')
    );
  });
  const box = page.getByRole('textbox', { name: 'Summary' }).last();
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
  await page.keyboard.press('End');
  await page.evaluate(recordLatencies);
}

/**
 * Types the same keystrokes into each page in turns of 50 (one key per frame: the next key once
 * the last one's latency is in), so that a busy moment of a shared machine falls on all pages
 * alike. Returns each page's latencies and long tasks, those of the warm-up keystrokes left out.
 */
export async function interleavedLatencies(
  pages: Page[],
): Promise<{ keys: number[]; tasks: number[] }[]> {
  for (const page of pages) await prepareTyping(page);
  await pages[0]?.waitForTimeout(1500);
  const text = 'the editor keeps up with typing at any size ';
  const typedSoFar = pages.map(() => 0);
  const turn = 50;
  const total = WARM_UP_KEYSTROKES + KEYSTROKES;
  while ((typedSoFar[0] ?? total) < total) {
    for (const [index, page] of pages.entries()) {
      await page.bringToFront();
      const start = typedSoFar[index] ?? 0;
      const end = Math.min(total, start + (start === 0 ? turn + WARM_UP_KEYSTROKES : turn));
      for (let i = start; i < end; i++) {
        await page.keyboard.type(text[i % text.length] as string);
        await page.waitForFunction((n) => (window.benchLatencies?.length ?? 0) >= n, i + 1, {
          polling: 'raf',
        });
        if (i + 1 === WARM_UP_KEYSTROKES) await page.evaluate(() => (window.benchLongTasks = []));
      }
      typedSoFar[index] = end;
    }
  }
  return Promise.all(
    pages.map(async (page) => ({
      keys: (await page.evaluate(() => window.benchLatencies ?? [])).slice(WARM_UP_KEYSTROKES),
      tasks: await page.evaluate(() => window.benchLongTasks ?? []),
    })),
  );
}

/** The bare TipTap page of bench/bare-editor/, built in this run, served. */
export function serveBareEditor(
  outDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  return servePageBuild('bare-editor', outDir);
}
