import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../../test/helpers/corpus';
import { changedLines } from '../../../../test/helpers/changed-lines';
import { importIssue } from '../../markdown/import-issue';
import { exportIssue } from '../../markdown/export-issue';
import { moveBlock, moveBlockBy, moveBlockToSection, removeBlock } from './block-ops';
import { addSection, moveSection, removeSection, renameSection } from './section-ops';
import { addCard, createCard, setCardBullets } from './card-ops';
import { replaceText } from './replace-text';
import { allCards } from './locate';
import { newIssue } from '../../template/new-issue';
import { eksNewsTemplate } from '../../template/eks-news';
import type { Issue } from '../types';

const titles = (issue: Issue, section: number) =>
  issue.sections[section]?.blocks.map((b) => (b.kind === 'card' ? b.title : b.kind)) ?? [];

describe('moving cards', () => {
  const issue = importIssue(readCorpus('070.md'));
  const blogs = issue.sections[1];
  if (!blogs) throw new Error('no section');
  const [first, second] = blogs.blocks;

  it('swaps two cards and keeps the file otherwise as it was', () => {
    const moved = moveBlockBy(issue, first?.id ?? '', 1);
    expect(titles(moved, 1).slice(0, 2)).toEqual(titles(issue, 1).slice(0, 2).reverse());
    const text = exportIssue(moved);
    expect(text.length).toBe(exportIssue(issue).length);
    expect(importIssue(text).sections[1]?.blocks).toHaveLength(blogs.blocks.length);
  });

  it('moving back restores the exact bytes', () => {
    const there = moveBlockBy(issue, first?.id ?? '', 1);
    const back = moveBlockBy(there, first?.id ?? '', -1);
    expect(exportIssue(back)).toBe(readCorpus('070.md'));
  });

  it('keeps the blank line before the next heading when the last card moves up', () => {
    const last = blogs.blocks[blogs.blocks.length - 1];
    const moved = moveBlock(issue, last?.id ?? '', blogs.id, 0);
    expect(exportIssue(moved)).toMatch(/\n\n## Community news and articles\n/);
    expect(importIssue(exportIssue(moved)).sections).toHaveLength(issue.sections.length);
  });

  it('moves a card to the next section and back', () => {
    const moved = moveBlockToSection(issue, second?.id ?? '', 1);
    expect(titles(moved, 2)[0]).toBe(second?.kind === 'card' ? second.title : '');
    const reread = importIssue(exportIssue(moved));
    expect(titles(reread, 2)[0]).toBe(titles(moved, 2)[0]);
    const back = moveBlockToSection(moved, second?.id ?? '', -1);
    expect(titles(back, 1).at(-1)).toBe(titles(moved, 2)[0]);
  });

  it('removing the last card of a section keeps the file well formed', () => {
    const last = blogs.blocks[blogs.blocks.length - 1];
    const text = exportIssue(removeBlock(issue, last?.id ?? ''));
    const diff = changedLines(readCorpus('070.md'), text);
    expect(diff.added).toEqual([]);
    expect(importIssue(text).sections).toHaveLength(issue.sections.length);
  });
});

describe('sections', () => {
  it('adds, renames, moves and removes sections', () => {
    let issue = importIssue(readCorpus('070.md'));
    issue = addSection(issue, 'Important Announcement', 0);
    const added = issue.sections[0];
    expect(added?.heading).toBe('Important Announcement');
    issue = renameSection(issue, added?.id ?? '', 'Events');
    issue = moveSection(issue, added?.id ?? '', 2);
    const reread = importIssue(exportIssue(issue));
    expect(reread.sections.map((s) => s.heading).slice(0, 3)).toEqual([
      'New AWS services and features',
      'AWS blogs',
      'Events',
    ]);
    issue = removeSection(issue, added?.id ?? '');
    expect(importIssue(exportIssue(issue)).sections).toHaveLength(5);
  });
});

describe('a new issue from the template', () => {
  it('exports a file that imports back with the five sections and the cards added', () => {
    let issue = newIssue(eksNewsTemplate, '079', '2026-02-27T15:00:00Z', 0);
    const services = issue.sections[0];
    const card = createCard(issue, {
      title: 'A launch',
      url: 'https://aws.amazon.com/about-aws/whats-new/x',
      bullets: ['Why it matters.'],
    });
    issue = addCard(issue, services?.id ?? '', card);
    const text = exportIssue(issue);
    expect(text).toMatch(/^\+\+\+\nauthor = "Amazon Elastic Kubernetes Service"\n/);
    expect(text).toContain('date = 2026-02-27T15:00:00Z\n');
    expect(text).toContain('title = "EKS News 079"\n+++\n{{< eo >}}\n<br/><br/><br/><br/>\n');
    expect(text).toContain(
      '## New AWS services and features\n\n* [A launch](https://aws.amazon.com/about-aws/whats-new/x)\n  * Why it matters.\n\n## AWS blogs\n',
    );
    const reread = importIssue(text);
    expect(reread.sections.map((s) => s.heading)).toEqual(
      eksNewsTemplate.sections.map((x) => x.name),
    );
    expect(allCards(reread).map((c) => c.card.title)).toEqual(['A launch']);
  });
});

describe('bullets from the editor', () => {
  it('keeps unchanged bullets as read and nests new ones in the dialect', () => {
    const text = readCorpus('056.md');
    const issue = importIssue(text);
    const { card } = allCards(issue)[0] ?? {};
    if (!card) throw new Error('no card');
    const inputs = card.bullets.map((b) => ({ id: b.id, depth: b.depth, content: b.content }));
    inputs.splice(1, 0, {
      id: undefined as unknown as string,
      depth: 2,
      content: [{ kind: 'text', text: 'Nested note.' }],
    });
    const edited = exportIssue(setCardBullets(issue, card.id, inputs));
    const diff = changedLines(text, edited);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual(['        * Nested note.']);
  });
});

describe('replace', () => {
  it('changes text, never link targets', () => {
    const issue = importIssue(readCorpus('056.md'));
    const text = exportIssue(replaceText(issue, 'Kyverno', 'KYVERNO'));
    expect(text).not.toMatch(/[^/]Kyverno/);
    expect(text).toContain('KYVERNO');
    const before = readCorpus('056.md').match(/\]\([^)]*\)/g);
    expect(text.match(/\]\([^)]*\)/g)).toEqual(before);
  });
});
