import { describe, expect, it } from 'vitest';
import { readCardShapes } from '../../../test/helpers/card-shapes-fixtures';
import { readCorpus } from '../../../test/helpers/corpus';
import { readFlux } from '../../../test/helpers/flux-corpus';
import { importIssue } from '../markdown/import-issue';
import { eksNewsTemplate } from '../template/eks-news';
import { hugoLinkListTemplate } from '../template/hugo-link-list';
import type { NewsletterTemplate } from '../template/template';
import { lintIssue } from './lint-issue';

const codes = (text: string, template: NewsletterTemplate) =>
  lintIssue(importIssue(text), template).map((p) => p.code);

/** One section, one card without a summary, one empty section, a repeated link. */
const ROUGH = [
  '+++',
  'title = "Weekly 3"',
  'slug = "003"',
  'date = 2024-01-05T09:00:00Z',
  '+++',
  '## Reading',
  '',
  '* [A post](https://a.example/post)',
  '* [The same post](https://a.example/post)',
  '  * Read twice.',
  '',
  '## Empty',
  '',
].join('\n');

describe('lint follows the template', () => {
  it('checks the title and description patterns where the template has them', () => {
    const flux = readFlux('2021-01-06-january-update.md');
    expect(codes(flux, eksNewsTemplate)).toEqual(
      expect.arrayContaining(['title-pattern', 'description-pattern']),
    );
    expect(codes(flux, hugoLinkListTemplate)).not.toContain('title-pattern');
    expect(codes(flux, hugoLinkListTemplate)).not.toContain('description-pattern');
  });

  it('takes the description of a paragraph or heading card for its summary', () => {
    const text = readCardShapes('paragraph-described.md');
    const problems = lintIssue(importIssue(text), eksNewsTemplate);
    expect(problems.filter((p) => p.code === 'card-without-summary')).toEqual([]);
    const bare = text.replace(/\n\n(?![#[])[^\n]+\.(?=\n)/g, '');
    expect(codes(bare, eksNewsTemplate)).toContain('card-without-summary');
  });

  it('finds nothing to say about a current EKS News issue under its own template', () => {
    expect(codes(readCorpus('078.md'), eksNewsTemplate)).not.toContain('title-pattern');
  });

  it('reports only the checks the template lists', () => {
    // The missing description is reported on line 1, before the title on line 2.
    expect(codes(ROUGH, eksNewsTemplate)).toEqual([
      'description-pattern',
      'title-pattern',
      'card-without-summary',
      'duplicate-url',
      'empty-section',
    ]);
    expect(codes(ROUGH, hugoLinkListTemplate)).toEqual(['duplicate-url', 'empty-section']);
    const none = { ...hugoLinkListTemplate, lintChecks: [] };
    expect(codes(ROUGH, none)).toEqual([]);
  });

  it('points at the title line below blank lines before the front matter', () => {
    const text = `\n\n${ROUGH}`;
    const title = lintIssue(importIssue(text), eksNewsTemplate).find((p) => p.field === 'title');
    expect(title?.line).toBe(4);
    expect(text.split('\n')[3]).toBe('title = "Weekly 3"');
  });

  it('flags links relative to the site only where the template checks them, and never as repeats', () => {
    const events = [
      '---',
      'title: Events',
      '---',
      '## Upcoming',
      '',
      '- [Office hours, May 3](/#calendar)',
      '  - Ask us anything.',
      '- [Office hours, May 10](/#calendar)',
      '  - Ask us anything.',
      '- [The roadmap](/roadmap/)',
      '  - Where we are going.',
      '- [Bad](javascript:alert(1))',
      '  - Never.',
      '',
    ].join('\n');
    const problems = lintIssue(importIssue(events), hugoLinkListTemplate);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['site-relative-url', 6],
      ['site-relative-url', 8],
      ['site-relative-url', 10],
      ['unsafe-url', 12],
    ]);
    expect(problems[2]?.message).toBe('link is relative to the site: /roadmap/');
    const siteLinksFine = {
      ...hugoLinkListTemplate,
      lintChecks: hugoLinkListTemplate.lintChecks.filter((c) => c !== 'site-relative-url'),
    };
    expect(codes(events, siteLinksFine)).toEqual(['unsafe-url']);
  });
});
