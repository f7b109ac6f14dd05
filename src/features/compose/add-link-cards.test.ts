import { describe, expect, it } from 'vitest';
import { changedLines } from '../../../test/helpers/changed-lines';
import { readCardShapes } from '../../../test/helpers/card-shapes-fixtures';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import type { LinkCard } from '../../core/model/types';
import { hugoLinkListTemplate } from '../../core/template/hugo-link-list';
import type { NewsletterTemplate } from '../../core/template/template';
import { templateCardShapes } from '../../core/template/template-card-shapes';
import { blockById } from '../../state/block-index';
import { createEditorStore } from '../../state/create-editor-store';
import { addLinkCards } from './add-link-cards';

// A template for the card-shape fixtures, passed to addLinkCards while the store keeps its
// default (EKS News), as a per-issue template will be.
const shapes: NewsletterTemplate = {
  ...hugoLinkListTemplate,
  id: 'card-shapes',
  sections: [
    { name: 'Releases', aliases: ['New releases'], cardShapes: ['link-heading'] },
    { name: 'Articles', aliases: [], cardShapes: ['link-heading', 'link-paragraph'] },
    { name: 'Reading', aliases: ['Long reads'], cardShapes: ['link-paragraph'] },
    { name: 'Tools', aliases: [], cardShapes: ['link-paragraph'] },
  ],
  defaultSection: 'Articles',
  urlRules: [
    { host: 'db.example.org', section: 'Releases' },
    { host: 'tools.example.com', section: 'Tools' },
  ],
};

function open(name: string) {
  const text = readCardShapes(name);
  const issue = importIssue(text, { cardShapes: templateCardShapes(shapes) });
  return { text, store: createEditorStore(issue) };
}

function added(store: ReturnType<typeof createEditorStore>, url: string) {
  const [id] = addLinkCards(store, [{ url }], shapes);
  const found = id === undefined ? undefined : blockById(store.getState().issue, id);
  const heading = store.getState().issue.sections.find((s) => s.id === found?.sectionId)?.heading;
  return { card: found?.block as LinkCard, heading };
}

describe('addLinkCards with a template passed in', () => {
  it('gives a card among heading cards the heading shape', () => {
    const { text, store } = open('heading-cards.md');
    const { card, heading } = added(store, 'https://db.example.org/mysql-9');
    expect(heading).toBe('Releases');
    expect(card).toMatchObject({ style: 'paragraph', heading: 3 });
    expect(changedLines(text, exportIssue(store.getState().issue))).toEqual({
      removed: [],
      added: [`### [${card.title}](https://db.example.org/mysql-9)`, ''],
    });
  });

  it('gives a card among paragraph cards the paragraph shape', () => {
    const { text, store } = open('paragraph-described.md');
    const { card, heading } = added(store, 'https://tools.example.com/diff');
    expect(heading).toBe('Tools');
    expect(card.style).toBe('paragraph');
    expect(card.heading).toBeUndefined();
    expect(changedLines(text, exportIssue(store.getState().issue)).added).toEqual([
      `[${card.title}](https://tools.example.com/diff)`,
      '',
    ]);
  });
});
