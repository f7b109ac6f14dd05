import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppPage } from './app-session.ts';

/** Where a failed test leaves what its pages showed (ignored by git). */
export const artifactsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');

/**
 * Saves each page's screenshot, accessibility tree and URL, and the errors it logged, as
 * `artifacts/<test name>-<n>.*`, so a failure in a headless run can be looked at afterwards.
 * Never throws: a page that is gone leaves what could still be read.
 */
export async function saveFailureArtifacts(testName: string, pages: AppPage[]): Promise<string[]> {
  await mkdir(artifactsDir, { recursive: true });
  const base = testName.replace(/[^\w-]+/g, '-').slice(0, 80);
  const saved: string[] = [];
  for (const [index, app] of pages.entries()) {
    const prefix = path.join(artifactsDir, `${base}-${index}`);
    const aria = await app.page
      .locator('body')
      .ariaSnapshot({ timeout: 5_000 })
      .catch((error: unknown) => `(no accessibility tree: ${String(error)})`);
    const report = [
      `url: ${app.page.url()}`,
      aria,
      ...app.consoleErrors.map((m) => `console.error: ${m}`),
    ];
    await writeFile(`${prefix}.txt`, `${report.join('\n')}\n`);
    saved.push(`${prefix}.txt`);
    const shot = await app.page
      .screenshot({ path: `${prefix}.png`, fullPage: true, timeout: 10_000 })
      .catch(() => null);
    if (shot) saved.push(`${prefix}.png`);
  }
  return saved;
}
