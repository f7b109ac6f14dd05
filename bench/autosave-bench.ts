import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import { importIssue } from '../src/core/markdown/import-issue';
import type { Block, Issue, LinkCard } from '../src/core/model/types';
import { corpusFiles, readCorpus } from '../test/helpers/corpus';

/**
 * The autosave transaction in Debian's chromium: the served app at `baseUrl`, opened with `?bench`,
 * writes a 500-card issue into the real IndexedDB 20 times (a guarded put after a one-character
 * edit, as the autosave makes it) on a fresh profile. `autosaveMedianMs` is the median of the
 * 20; the budget is 15 ms.
 */
export async function autosaveBench(baseUrl: string): Promise<Record<string, number>> {
  const issue = benchIssue(500);
  const profile = await mkdtemp(path.join(tmpdir(), 'broadsheet-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: 120_000,
  });
  try {
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(new URL('/?bench', baseUrl).href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.broadsheetBench !== undefined);
    const timing = await page.evaluate(
      ([json, runs]) => window.broadsheetBench!.autosave(json, runs),
      [JSON.stringify(issue), 20] as const,
    );
    const sorted = [...timing.samples].sort((a, b) => a - b);
    return {
      autosaveMedianMs: round(timing.median),
      autosaveMaxMs: round(sorted.at(-1) ?? Number.NaN),
      autosaveIssueCards: countCards(issue),
      autosaveIssueKb: Math.round(JSON.stringify(issue).length / 1024),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * An issue of `cards` real cards: issue 078's sections filled with the cards of the whole corpus
 * (newest issues first), given fresh ids, as a big issue made of real titles, links and bullets.
 */
export function benchIssue(cards: number): Issue {
  const base = importIssue(readCorpus('078.md'), { id: 'bench-500', now: 0 });
  const pool = corpusFiles()
    .reverse()
    .flatMap((name) => importIssue(readCorpus(name), { now: 0 }).sections)
    .flatMap((section) => section.blocks)
    .filter((block): block is LinkCard => block.kind === 'card');
  const sections = base.sections.map((section) => ({ ...section, blocks: [] as Block[] }));
  for (let n = 0; n < cards; n++) {
    const card = pool[n % pool.length]!;
    const id = `bench-card-${n}`;
    const bullets = card.bullets.map((bullet, b) => ({ ...bullet, id: `${id}-b${b}` }));
    sections[n % sections.length]!.blocks.push({ ...card, id, bullets });
  }
  return { ...base, sections };
}

function countCards(issue: Issue): number {
  return issue.sections.reduce(
    (sum, section) => sum + section.blocks.filter((b) => b.kind === 'card').length,
    0,
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
