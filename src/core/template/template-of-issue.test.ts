import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { importIssue } from '../markdown/import-issue';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { eksNewsTemplate } from './eks-news';
import { hugoLinkListTemplate } from './hugo-link-list';
import { learnTemplate } from './learn-template';
import { templateOfIssue } from './template-of-issue';

const flux = learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) })));
const templates = [...BUILT_IN_TEMPLATES, flux];

describe('templateOfIssue', () => {
  it('gives an issue the template it belongs to', () => {
    const issue = { ...importIssue(readCorpus('056.md')), templateId: flux.id };
    expect(templateOfIssue(issue, templates)).toBe(flux);
  });

  it('gives an issue without one the described template it fits best', () => {
    expect(templateOfIssue(importIssue(readCorpus('056.md')), templates)).toBe(eksNewsTemplate);
    const update = importIssue(readFlux(fluxFiles().at(-2)!));
    expect(templateOfIssue(update, templates)).toBe(flux);
    expect(templateOfIssue(update, BUILT_IN_TEMPLATES)).toBe(eksNewsTemplate);
  });

  it('falls back on a template it does not know, and on the generic one alone', () => {
    const issue = { ...importIssue(readCorpus('056.md')), templateId: 'gone' };
    expect(templateOfIssue(issue, templates)).toBe(eksNewsTemplate);
    expect(templateOfIssue(issue, [hugoLinkListTemplate])).toBe(hugoLinkListTemplate);
  });
});
