import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { exportIssue } from '../markdown/export-issue';
import { importIssue } from '../markdown/import-issue';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { eksNewsTemplate } from './eks-news';
import { hugoLinkListTemplate } from './hugo-link-list';
import { importWithTemplate } from './import-with-template';
import { learnTemplate } from './learn-template';
import { matchTemplate, templateFit } from './match-template';

const fluxLearned = learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) })));

describe('matchTemplate', () => {
  it('reads every EKS News issue with the EKS News template', () => {
    const misread = corpusFiles().filter(
      (name) =>
        matchTemplate(importIssue(readCorpus(name)), BUILT_IN_TEMPLATES) !== eksNewsTemplate,
    );
    expect(misread).toEqual([]);
  });

  it('reads a Flux update with the generic template, or with its own once learned', () => {
    for (const name of fluxFiles()) {
      const issue = importIssue(readFlux(name));
      expect(matchTemplate(issue, BUILT_IN_TEMPLATES)).toBe(hugoLinkListTemplate);
      expect(matchTemplate(issue, [...BUILT_IN_TEMPLATES, fluxLearned])).toBe(fluxLearned);
    }
  });

  it('scores format, keys, named sections and the title pattern', () => {
    const issue = importIssue(readCorpus('056.md'));
    expect(templateFit(issue, eksNewsTemplate)).toBeCloseTo(5, 5);
    const renamed = importIssue(
      readCorpus('056.md')
        .replace('title = "EKS News 056"', 'title = "Something else"')
        .replace('## AWS blogs', '## Elsewhere'),
    );
    const sections = renamed.sections.length;
    expect(templateFit(renamed, eksNewsTemplate)).toBeCloseTo(
      2 + (2 * (sections - 1)) / sections,
      5,
    );
  });

  it('prefers the first of equals', () => {
    const issue = importIssue(readFlux(fluxFiles()[0] ?? ''));
    expect(matchTemplate(issue, [hugoLinkListTemplate, { ...hugoLinkListTemplate }])).toBe(
      hugoLinkListTemplate,
    );
  });
});

describe('importWithTemplate', () => {
  it('keeps every byte of both corpora under the template it picks', () => {
    const files = [
      ...corpusFiles().map((name) => readCorpus(name)),
      ...fluxFiles().map((name) => readFlux(name)),
    ];
    for (const text of files) {
      expect(
        exportIssue(importWithTemplate(text, [...BUILT_IN_TEMPLATES, fluxLearned]).issue),
      ).toBe(text);
    }
  });

  it('reads cards with the card shapes of the template given', () => {
    const text = readCorpus('056.md');
    const cards = (template: typeof eksNewsTemplate) =>
      importWithTemplate(text, template)
        .issue.sections.flatMap((s) => s.blocks)
        .filter((b) => b.kind === 'card').length;
    const headingsOnly = {
      ...eksNewsTemplate,
      cardShapes: ['link-heading' as const],
      sections: [],
    };
    expect(cards(eksNewsTemplate)).toBe(text.match(/^\* \[/gm)?.length);
    expect(cards(headingsOnly)).toBe(0);
  });
});
