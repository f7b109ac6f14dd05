import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { importIssue } from '../markdown/import-issue';
import { exportIssue } from '../markdown/export-issue';
import type { Block, Issue } from '../model/types';
import { eksNewsTemplate } from './eks-news';
import { hugoLinkListTemplate } from './hugo-link-list';
import { templateCardShapes } from './template-card-shapes';

function blocksOf(issue: Issue): Block[] {
  return [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)];
}

function prose(issue: Issue): string[] {
  return blocksOf(issue).flatMap((b) => (b.kind === 'prose' ? [b.source ?? ''] : []));
}

function raw(issue: Issue): string[] {
  return blocksOf(issue).flatMap((b) => (b.kind === 'raw' ? [b.markdown] : []));
}

describe('templateCardShapes', () => {
  const shapes = templateCardShapes({
    sections: [{ name: 'Reading', aliases: ['Articles'], cardShapes: ['link-paragraph'] }],
    cardShapes: ['link-item'],
  });

  it('gives a section its own shapes, found by any of its names, ignoring case', () => {
    expect(shapes('Reading')).toEqual(['link-paragraph']);
    expect(shapes(' articles ')).toEqual(['link-paragraph']);
  });

  it("gives the intro and sections it does not name the template's shapes", () => {
    expect(shapes(undefined)).toEqual(['link-item']);
    expect(shapes('Events')).toEqual(['link-item']);
  });
});

describe('the Flux updates under the generic template', () => {
  const cardShapes = templateCardShapes(hugoLinkListTemplate);
  const read = (name: string) => importIssue(readFlux(name), { cardShapes });

  it.each(fluxFiles())('%s comes back byte for byte', (name) => {
    expect(exportIssue(read(name))).toBe(readFlux(name));
  });

  it.each(fluxFiles())('%s keeps its ### groups and its prose as they are', (name) => {
    const kept = read(name);
    const all = prose(importIssue(readFlux(name), { cardShapes: () => [] }));
    const becameCards = all.filter((text) => !prose(kept).includes(text));
    expect(becameCards.filter((text) => !/^(\*\*)?\[/.test(text))).toEqual([]);
    const groups = readFlux(name).match(/^###+ .*$/gm) ?? [];
    expect(groups.filter((group) => !raw(kept).some((t) => t.startsWith(group)))).toEqual([]);
  });

  // Counted by hand in the files: list items whose text opens with a link, and paragraphs that
  // are one link alone (2022-04 has eight, "April 7: …" and the four "In other news" articles).
  it.each([
    ['2021-10-01-october-update.md', 3],
    ['2022-06-01-may-update.md', 5],
    ['2022-04-04-march-update.md', 17 + 8],
  ])('%s turns its %i link items into cards', (name, byHand) => {
    expect(blocksOf(read(name)).filter((b) => b.kind === 'card')).toHaveLength(byHand);
  });
});

describe('the EKS News archive under the built-in template', () => {
  const cardShapes = templateCardShapes(eksNewsTemplate);

  it.each(corpusFiles())('%s comes back byte for byte, read as importIssue reads it', (name) => {
    const issue = importIssue(readCorpus(name), { cardShapes });
    expect(exportIssue(issue)).toBe(readCorpus(name));
    const kinds = (i: Issue) => blocksOf(i).map((b) => b.kind);
    expect(kinds(issue)).toEqual(kinds(importIssue(readCorpus(name))));
  });
});
