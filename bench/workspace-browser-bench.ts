import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import { editorToken, WorkspaceServerProcess } from '../test/support/workspace-server-process';
import { percentile } from './stats';
import { syntheticIssue } from './synthetic-issues';
import { interleavedLatencies, serveBareEditor, summarize } from './typing-latency';

const KEYS = 100;
const KEY_GAP_MS = 40;

declare global {
  interface Window {
    /** Wall-clock ms (timeOrigin + now) of each keydown, in order. */
    benchSentAt?: number[];
    /** Wall-clock ms at which the watched summary first held each length, by length. */
    benchArrivedAt?: Record<number, number>;
  }
}

/**
 * The team workspace in two browsers on loopback, through the server as `npm run server` starts
 * it (issue "A team workspace"). Two Chromium contexts, each a person with their own profile,
 * set up the workspace through the library's form; one moves 056 into it and the other opens it.
 * - workspacePropagationP50Ms/P95Ms: a key typed into the first card's summary in one browser
 *   (keydown, 100 keys 40 ms apart) to the frame where the other browser's summary first holds
 *   it (budget: p95 at most 100 ms);
 * - typingP95MsWorkspace500: typing into the last card of a 500-card issue that both have open
 *   in the workspace, against the bare TipTap page in the same run, keys taking turns
 *   (typingP95WorkspaceAt500ToBareRatio, budget 1.2).
 */
export async function workspaceBrowserBench(baseUrl: string): Promise<Record<string, number>> {
  const server = await WorkspaceServerProcess.start();
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-workspace-bench-'));
  const bare = await serveBareEditor(path.join(workDir, 'bare'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const anna = await person(browser, baseUrl, server, 'Anna');
    const ben = await person(browser, baseUrl, server, 'Ben');
    await openLibraryIssue(anna, 'EKS News 056');
    await anna.getByRole('button', { name: 'Move to workspace' }).click();
    await live(anna);
    await openFromWorkspace(ben, '056');
    const results = await propagation(anna, ben);

    const file = path.join(workDir, 'bench-500.md');
    await writeFile(file, syntheticIssue(500));
    await anna.goto(new URL('/', baseUrl).href);
    await anna
      .locator('input[type="file"][aria-label="Markdown files to import"]')
      .setInputFiles([file]);
    await openLibraryIssue(anna, 'EKS News bench-500');
    await anna.getByRole('button', { name: 'Move to workspace' }).click();
    await live(anna);
    await openFromWorkspace(ben, 'bench-500');
    const barePage = await browser.newPage();
    await barePage.goto(bare.url);
    const [shared, floor] = await interleavedLatencies([anna, barePage]);
    Object.assign(results, summarize(shared?.keys ?? [], 'Workspace500'));
    Object.assign(results, summarize(floor?.keys ?? [], 'WorkspaceBench', 'bareTyping'));
    return results;
  } finally {
    await browser.close();
    await bare.close();
    await server.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** A fresh context with the workspace set up in its library. */
async function person(
  browser: Browser,
  baseUrl: string,
  server: WorkspaceServerProcess,
  name: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  await page.goto(new URL('/', baseUrl).href);
  await page.getByRole('button', { name: 'Set up a workspace' }).click();
  const form = page.getByRole('form', { name: 'Workspace settings' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Workspace name').fill('bench');
  await form.getByLabel('Token', { exact: true }).fill(editorToken);
  await form.getByLabel('Your name').fill(name);
  await form.getByRole('button', { name: 'Save workspace' }).click();
  await page.getByText(`Workspace “bench” on ${server.url}, as ${name}.`).waitFor();
  return page;
}

async function openLibraryIssue(page: Page, title: string): Promise<void> {
  await page.getByRole('table').getByRole('link', { name: title, exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^All changes saved$/ })
    .waitFor();
}

async function openFromWorkspace(page: Page, slug: string): Promise<void> {
  await page.goto(new URL('/', page.url()).href);
  await page.getByLabel('Issue slug').fill(slug);
  await page.getByRole('button', { name: 'Open from the workspace' }).click();
  await live(page);
}

function live(page: Page): Promise<void> {
  return page.getByText('Live in workspace “bench”: every change is shared.').waitFor();
}

/** Anna types into the first summary; Ben's page notes when each new length first shows. */
async function propagation(anna: Page, ben: Page): Promise<Record<string, number>> {
  const base = await ben.evaluate(() => {
    const summary = document.querySelector('[data-field="summary"]');
    const start = summary?.textContent?.length ?? 0;
    window.benchArrivedAt = {};
    new MutationObserver(() => {
      const length = summary?.textContent?.length ?? 0;
      const now = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => {
        const arrived = window.benchArrivedAt ?? {};
        for (let n = start + 1; n <= length; n++) arrived[n] ??= now;
      });
    }).observe(summary as Node, { childList: true, subtree: true, characterData: true });
    return start;
  });
  const box = anna.getByRole('textbox', { name: 'Summary' }).first();
  await box.click();
  await anna.locator('.ProseMirror').first().waitFor();
  await anna.keyboard.press('Control+End');
  await anna.evaluate(() => {
    window.benchSentAt = [];
    document.addEventListener(
      'keydown',
      () => window.benchSentAt?.push(performance.timeOrigin + performance.now()),
      { capture: true },
    );
  });
  for (let i = 0; i < KEYS; i++) {
    await anna.keyboard.type('abcdefghij'[i % 10] as string);
    await anna.waitForTimeout(KEY_GAP_MS);
  }
  await ben.waitForFunction((want) => window.benchArrivedAt?.[want] !== undefined, base + KEYS, {
    timeout: 30_000,
  });
  const sent = await anna.evaluate(() => window.benchSentAt ?? []);
  const arrived = await ben.evaluate(() => window.benchArrivedAt ?? {});
  const delays = sent.map((at, i) => (arrived[base + i + 1] ?? Number.NaN) - at);
  await anna.keyboard.press('Escape');
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    workspacePropagationP50Ms: round(percentile(delays, 50)),
    workspacePropagationP95Ms: round(percentile(delays, 95)),
  };
}
