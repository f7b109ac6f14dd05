import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importIssue } from '../core/markdown/import-issue';
import { exportIssue } from '../core/markdown/export-issue';
import { allCards } from '../core/model/ops/locate';
import { getFrontMatterString } from '../core/front-matter/get-front-matter-string';
import { eksNewsTemplate } from '../core/template/eks-news';
import { newIssue } from '../core/template/new-issue';
import type { LinkCard } from '../core/model/types';
import { blockById } from './block-index';
import { createEditorStore } from './create-editor-store';

const issue056 = () =>
  importIssue(readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8'));
const blankIssue = () => newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1);

function cardIn(store: ReturnType<typeof createEditorStore>, id: string): LinkCard {
  const block = blockById(store.getState().issue, id)?.block;
  if (block?.kind !== 'card') throw new Error(`no card ${id}`);
  return block;
}

describe('editor store: history', () => {
  it('makes typing in one field one undo step, and undoes a removal with the edits kept', () => {
    const store = createEditorStore(issue056());
    const original = store.getState().issue;
    const card = allCards(original)[2]!.card;
    const s = () => store.getState();
    s().updateCardFields(card.id, { title: 'A' });
    s().updateCardFields(card.id, { title: 'AB' });
    s().updateCardFields(card.id, { title: 'ABC' });
    expect(s().past).toHaveLength(1);
    s().removeBlock(card.id);
    expect(blockById(s().issue, card.id)).toBeUndefined();
    s().undo();
    expect(cardIn(store, card.id).title).toBe('ABC');
    s().undo();
    expect(cardIn(store, card.id).title).toBe(card.title);
    expect(exportIssue(s().issue)).toBe(exportIssue(original));
    s().redo();
    s().redo();
    expect(blockById(s().issue, card.id)).toBeUndefined();
    expect(s().future).toHaveLength(0);
  });

  it('records nothing when bullets come back unchanged from the editor', () => {
    const store = createEditorStore(issue056());
    const before = store.getState().issue;
    const card = allCards(before)[0]!.card;
    store.getState().setCardBullets(
      card.id,
      card.bullets.map((b) => ({ id: b.id, depth: b.depth, content: b.content })),
    );
    expect(store.getState().issue).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it('stamps changes with the clock and drops the redo branch on a new change', () => {
    let now = 100;
    const store = createEditorStore(blankIssue(), { now: () => now });
    const s = () => store.getState();
    const section = s().issue.sections[0]!.id;
    s().addLinkCard('https://example.com/a', section);
    expect(s().issue.updatedAt).toBe(100);
    s().undo();
    now = 200;
    s().addLinkCard('https://example.com/b', section);
    expect(s().future).toHaveLength(0);
    expect(s().issue.updatedAt).toBe(200);
  });
});

describe('editor store: cards and sections', () => {
  it('puts a link in the section the template suggests, with a title from the URL', () => {
    const store = createEditorStore(blankIssue());
    const s = () => store.getState();
    const where = (url: string) => {
      const id = s().addLinkCard(url);
      const found = blockById(s().issue, id!);
      return [
        s().issue.sections.find((x) => x.id === found?.sectionId)?.heading,
        cardIn(store, id!).title,
      ];
    };
    expect(where('https://www.youtube.com/watch?v=abc')).toEqual([
      'Videos and webinars',
      'YouTube video',
    ]);
    expect(where('https://youtu.be/abc')).toEqual(['Videos and webinars', 'YouTube video']);
    expect(where('https://github.com/aws/karpenter-provider-aws')).toEqual([
      'Open source projects',
      'aws/karpenter-provider-aws',
    ]);
    expect(
      where('https://aws.amazon.com/about-aws/whats-new/2024/01/amazon-eks-extended-support/'),
    ).toEqual(['New AWS services and features', 'Amazon EKS extended support']);
    expect(where('https://aws.amazon.com/blogs/containers/some-post/')[0]).toBe('AWS blogs');
    expect(where('https://medium.com/@someone/scaling-pods-fast')[0]).toBe(
      'Community news and articles',
    );
  });

  it('asks for focus on the guessed title, selected, and announces the card', () => {
    const store = createEditorStore(blankIssue());
    const id = store.getState().addLinkCard('https://github.com/aws/eks-charts');
    expect(store.getState().focusRequest).toMatchObject({
      target: id,
      field: 'title',
      select: true,
    });
    expect(store.getState().announcement?.message).toBe(
      'Added "aws/eks-charts" to Open source projects',
    );
  });

  it('asks for focus on the summary of a card whose title was given', () => {
    const store = createEditorStore(blankIssue());
    const id = store
      .getState()
      .addLinkCard('https://github.com/aws/eks-charts', undefined, 'Charts');
    expect(store.getState().focusRequest).toEqual({
      target: id,
      field: 'summary',
      seq: expect.any(Number),
    });
  });

  it('adds the suggested section to an older issue that lacks it', () => {
    const text = readFileSync(join(process.cwd(), 'test/fixtures/eks-news/010.md'), 'utf8');
    const store = createEditorStore(importIssue(text));
    const count = store.getState().issue.sections.length;
    expect(store.getState().issue.sections.some((s) => s.heading === 'Open source projects')).toBe(
      false,
    );
    store.getState().addLinkCard('https://github.com/aws/eks-charts');
    const sections = store.getState().issue.sections;
    expect(sections).toHaveLength(count + 1);
    expect(sections.at(-1)?.heading).toBe('Open source projects');
    store.getState().undo();
    expect(store.getState().issue.sections).toHaveLength(count);
  });

  it('puts a link in the section an older issue calls by an earlier name (056)', () => {
    const store = createEditorStore(issue056());
    const headings = store.getState().issue.sections.map((s) => s.heading);
    const id = store.getState().addLinkCard('https://youtu.be/kx7mjL1ZDyA');
    const { issue } = store.getState();
    const found = blockById(issue, id!);
    expect(issue.sections.find((s) => s.id === found?.sectionId)?.heading).toBe(
      'New videos and webinars',
    );
    expect(issue.sections.map((s) => s.heading)).toEqual(headings);
  });

  it('moves a card down and across sections, announcing where it went', () => {
    const store = createEditorStore(issue056());
    const s = () => store.getState();
    const first = s().issue.sections[0]!;
    const card = first.blocks[0]!;
    s().moveBlockBy(card.id, 1);
    expect(s().issue.sections[0]!.blocks[1]!.id).toBe(card.id);
    expect(s().announcement?.message).toMatch(
      new RegExp(`to position 2 of ${first.blocks.length} in ${first.heading}`),
    );
    s().moveBlockToSection(card.id, 1);
    expect(s().issue.sections[1]!.blocks[0]!.id).toBe(card.id);
    s().moveBlockBy(card.id, -1);
    expect(s().past).toHaveLength(2);
  });

  it('adds, renames, moves and removes sections, each one undo step', () => {
    const store = createEditorStore(blankIssue());
    const s = () => store.getState();
    const id = s().addSection('Important Announcement', 0);
    expect(s().issue.sections[0]!.id).toBe(id);
    s().renameSection(id, 'Important');
    s().renameSection(id, 'Important announcement');
    s().moveSection(id, 1);
    expect(s().issue.sections[1]!.heading).toBe('Important announcement');
    s().removeSection(id);
    expect(s().issue.sections.map((x) => x.heading)).toEqual(
      eksNewsTemplate.sections.map((x) => x.name),
    );
    expect(s().past).toHaveLength(4);
  });

  it('writes a paragraph added to the intro and to a prose section into the export', () => {
    const store = createEditorStore(blankIssue());
    const s = () => store.getState();
    const intro = s().addProse({ sectionId: null }, [
      { kind: 'text', text: 'Welcome to the issue.' },
    ]);
    const id = s().addSection('Important Announcement', 0);
    s().addProse({ sectionId: id }, [{ kind: 'text', text: 'Read this first.' }]);
    s().addProse({ after: intro! }, [{ kind: 'text', text: 'Second paragraph.' }]);
    const text = exportIssue(s().issue);
    expect(text).toContain(
      '<br/><br/><br/><br/>\nWelcome to the issue.\n\nSecond paragraph.\n\n## Important Announcement\n\nRead this first.\n\n## New AWS services and features\n',
    );
  });
});

describe('editor store: front matter', () => {
  it('sets a value as one undo step per field and refuses what the format cannot hold', () => {
    const store = createEditorStore(issue056());
    const s = () => store.getState();
    s().setFrontMatterValue('title', 'EKS News 05');
    s().setFrontMatterValue('title', 'EKS News 056 special');
    expect(getFrontMatterString(s().issue.frontMatter, 'title')).toBe('EKS News 056 special');
    expect(s().past).toHaveLength(1);
    expect(exportIssue(s().issue)).toContain('title = "EKS News 056 special"\n');
    s().setFrontMatterValue('date', { date: '2023-06-10T07:00:00Z' });
    expect(exportIssue(s().issue)).toContain('\ndate = 2023-06-10T07:00:00Z\n');
    expect(s().past).toHaveLength(2);
  });
});
