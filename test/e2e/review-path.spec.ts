import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, readCorpus } from '../helpers/corpus.ts';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import { plainText } from '../../src/core/model/rich-text.ts';
import type { LinkCard } from '../../src/core/model/types.ts';
import { decodeNotesLink } from '../../src/core/share/notes-link.ts';
import { matchReviewNotes } from '../../src/features/review/match-review-notes.ts';
import { useAppSession } from './app-session.ts';

// The reviewer's whole path (issue 5, item 6): the CLI makes the share link of issue 056, a fresh
// browser context with no drafts opens it and shows the same cards and bullets as the importer
// reads; the reviewer marks cards and sends notes back, opens a review file, and copies the issue
// into their own drafts.

const session = useAppSession();
const repoRoot = path.resolve(corpusDir, '../../..');

let fragment = '';

beforeAll(() => {
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  const args = ['src/cli/main.ts', 'share-link', path.join(corpusDir, '056.md')];
  fragment = execFileSync(tsx, args, { cwd: repoRoot, encoding: 'utf8' }).trim();
});

interface ShownCard {
  title: string;
  url: string | null;
  bullets: Array<[number, string]>;
}

function expectedCards(): ShownCard[] {
  const issue = importIssue(readCorpus('056.md'));
  return issue.sections
    .flatMap((section) => section.blocks)
    .filter((block): block is LinkCard => block.kind === 'card')
    .map((card) => ({
      title: card.title,
      url: card.url,
      bullets: card.bullets.map((b): [number, string] => [b.depth, squash(plainText(b.content))]),
    }));
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('the reviewer path', () => {
  it('shows the CLI-made link of 056 with the same cards and bullets', async () => {
    expect(fragment).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    const { page } = await session.openApp(`/preview#${fragment}`);
    await page.getByRole('heading', { level: 1, name: 'EKS News 056' }).waitFor();
    expect(await page.getByText('June 9, 2023').count()).toBe(1);
    const shown = await page.locator('article li.card').evaluateAll((cards) =>
      cards.map((card) => {
        const body = card.querySelector('.card-body');
        const link = body?.querySelector(':scope > a');
        const bullets: Array<[number, string]> = [];
        const walk = (list: Element | null | undefined, depth: number) => {
          for (const item of list?.children ?? []) {
            const own = item.cloneNode(true) as Element;
            own.querySelectorAll('ul').forEach((nested) => nested.remove());
            bullets.push([depth, (own.textContent ?? '').replace(/\s+/g, ' ').trim()]);
            walk(item.querySelector(':scope > ul'), depth + 1);
          }
        };
        walk(body?.querySelector(':scope > ul'), 1);
        return { title: link?.textContent ?? '', url: link?.getAttribute('href') ?? null, bullets };
      }),
    );
    expect(shown).toEqual(expectedCards());
  });

  it('sends notes back that the editor matches to its cards', async () => {
    const { page } = await session.openApp(`/preview#${fragment}`);
    await page.getByRole('button', { name: 'Mark cards and leave notes' }).click();
    const first = page.getByRole('group', {
      name: 'Review of “AWS introduces container image signing”',
    });
    await first.getByRole('button', { name: 'Fine' }).click();
    const second = page.getByRole('group', { name: /^Review of “Amazon EMR on EKS now supports/ });
    await second.getByRole('button', { name: /^Add a note/ }).click();
    await second.getByRole('textbox').fill('Say which Spark versions.');
    await page.getByRole('button', { name: 'Send notes back' }).click();
    const link = await page.getByLabel('Notes link').inputValue();
    const decoded = decodeNotesLink(link.slice(link.indexOf('#notes=') + '#notes='.length));
    if (!decoded.ok) throw new Error(decoded.message);
    const match = matchReviewNotes(decoded.notes, importIssue(readCorpus('056.md')));
    expect(match.unmatched).toEqual([]);
    expect(
      match.matched.map((m) => [m.card.title.slice(0, 30), m.note.verdict, m.note.note]),
    ).toEqual([
      ['AWS introduces container image', 'fine', undefined],
      ['Amazon EMR on EKS now supports', undefined, 'Say which Spark versions.'],
    ]);
  });

  it('reads on a 390x844 phone: no sideways scroll, full-size text, controls clear of the bar', async () => {
    const { page } = await session.openApp(`/preview#${fragment}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: 'EKS News 056' }).waitFor();
    await page.getByRole('button', { name: 'Mark cards and leave notes' }).click();
    const first = page.getByRole('group', {
      name: 'Review of “AWS introduces container image signing”',
    });
    await first.getByRole('button', { name: /^Add a note/ }).click();
    await first.getByRole('textbox').fill('Check the link.');
    const layout = await page.evaluate(() => {
      const size = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? parseFloat(getComputedStyle(element).fontSize) : NaN;
      };
      const controls = document.querySelectorAll(
        '.review-toolbar button, .card-review button, .card-review textarea, .review-notes-bar button',
      );
      const sides = [...controls].map((control) => {
        const box = control.getBoundingClientRect();
        return Math.min(box.width, box.height);
      });
      return {
        scrollWidth: document.documentElement.scrollWidth,
        bodyText: size('.card-body li'),
        noteText: size('.card-note'),
        controls: sides.length,
        smallestControl: Math.min(...sides),
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.bodyText).toBeGreaterThanOrEqual(16);
    expect(layout.noteText).toBeGreaterThanOrEqual(16);
    expect(layout.controls).toBeGreaterThan(10);
    expect(layout.smallestControl).toBeGreaterThanOrEqual(24);

    // Tab through the first cards, links and review controls: the sticky notes bar at the
    // bottom never covers what has the focus.
    const covered: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const hidden = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('.review-notes-bar');
        if (!focused || !bar || bar.contains(focused)) return undefined;
        const box = focused.getBoundingClientRect();
        return box.bottom > bar.getBoundingClientRect().top ? focused.textContent : undefined;
      });
      if (hidden !== undefined) covered.push(hidden ?? '');
    }
    expect(covered).toEqual([]);
  });

  it('shows a link to a YAML issue, its front matter reader loaded for it', async () => {
    const flux = path.join(repoRoot, 'test/fixtures/flux-updates/2021-01-06-january-update.md');
    const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
    const yamlLink = execFileSync(tsx, ['src/cli/main.ts', 'share-link', flux], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    const { page } = await session.openApp(`/preview#${yamlLink}`);
    await page.getByRole('heading', { level: 1, name: 'January 2021 Update' }).waitFor();
    expect(await page.getByText('January 6, 2021').count()).toBe(1);
  });

  it('opens a review file picked from disk', async () => {
    const { page } = await session.openApp('/preview');
    await page.getByRole('heading', { level: 1, name: 'Review an issue' }).waitFor();
    await page.getByLabel('Review file').setInputFiles(path.join(corpusDir, '056.md'));
    await page.getByRole('heading', { level: 1, name: 'EKS News 056' }).waitFor();
    expect(await page.locator('article li.card').count()).toBe(expectedCards().length);
  });

  it('copies the issue into the reviewer’s drafts after asking, and opens the editor', async () => {
    const { page } = await session.openApp(`/preview#${fragment}`);
    await page.getByRole('button', { name: 'Open in editor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Copy this issue into your drafts?' });
    await dialog.getByRole('button', { name: 'Copy to my drafts' }).click();
    await page.waitForURL(/\/issues\/[^/#]+$/);
    // The editor opens on the copy, not on "Draft not found".
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.waitFor();
    expect(await title.inputValue()).toBe('EKS News 056');
  });
});
