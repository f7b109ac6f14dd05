import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';

/**
 * Archive import in Debian's chromium: the served app at `baseUrl` imports the 79-file corpus
 * folder through the library's archive input, on a fresh profile. `archiveImportMs` is the app's
 * own measure of the import (from the files arriving to the last write); `archiveImportWallMs`
 * also counts handing the files to the page and showing the result. The budget is 3 s.
 */
export async function archiveBench(baseUrl: string): Promise<Record<string, number>> {
  const corpusDir = fileURLToPath(new URL('../test/fixtures/eks-news/', import.meta.url));
  const issues = (await readdir(corpusDir)).filter((name) => /^\d{3}\.md$/.test(name)).length;
  const profile = await mkdtemp(path.join(tmpdir(), 'broadsheet-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: 120_000,
  });
  try {
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(new URL('/', baseUrl).href, { waitUntil: 'load' });
    const input = page.locator('input[type="file"][aria-label="Archive folder"]');
    await input.waitFor({ state: 'attached' });
    const started = performance.now();
    await input.setInputFiles(corpusDir);
    const result = page.getByRole('region', { name: 'Archive import result' });
    await result.waitFor();
    const wall = performance.now() - started;
    const text = (await result.textContent()) ?? '';
    const archived = Number(/Archived (\d+) issue/.exec(text)?.[1] ?? 0);
    if (archived !== issues) throw new Error(`archived ${archived} of ${issues} issues: ${text}`);
    const measured = await page.evaluate(
      () => performance.getEntriesByName('broadsheet:archive-import').at(-1)?.duration ?? -1,
    );
    return {
      archiveImportMs: Math.round(measured),
      archiveImportWallMs: Math.round(wall),
      archiveImportIssues: archived,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
