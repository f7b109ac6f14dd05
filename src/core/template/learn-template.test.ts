import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { importIssue } from '../markdown/import-issue';
import { exportIssue } from '../markdown/export-issue';
import type { Block, Issue } from '../model/types';
import { eksNewsTemplate } from './eks-news';
import { learnTemplate } from './learn-template';
import { templateCardShapes } from './template-card-shapes';
import type { NewsletterTemplate } from './template';

const eksFiles = corpusFiles().map((name) => ({ name, text: readCorpus(name) }));
const fluxArchive = fluxFiles().map((name) => ({ name, text: readFlux(name) }));

function blocksOf(issue: Issue): Block[] {
  return [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)];
}

/** Each block's kind and, for a card, its title and URL: what a template decides. */
function shape(text: string, template: NewsletterTemplate): string[] {
  const issue = importIssue(text, { cardShapes: templateCardShapes(template) });
  return blocksOf(issue).map((b) => (b.kind === 'card' ? `card ${b.title} ${b.url}` : b.kind));
}

describe('learnTemplate from the EKS News archive', () => {
  const learned = learnTemplate(eksFiles);

  it('finds its front matter, patterns and sections', () => {
    expect(learned.frontMatter.format).toBe('toml');
    expect(learned.frontMatter.entries.map(([key]) => key)).toEqual(
      eksNewsTemplate.frontMatter.entries.map(([key]) => key),
    );
    expect(learned.patterns).toMatchObject({
      title: eksNewsTemplate.patterns.title,
      description: eksNewsTemplate.patterns.description,
      slug: eksNewsTemplate.patterns.slug,
      numberDigits: 3,
    });
    const names = learned.sections.flatMap((s) => [s.name, ...s.aliases]);
    for (const section of eksNewsTemplate.sections) expect(names).toContain(section.name);
  });

  it('says which section the archive put video links in', () => {
    const rule = (host: string) => learned.urlRules.find((r) => r.host === host)?.section;
    expect(rule('youtube.com')).toBe('Videos and webinars');
    expect(rule('youtu.be')).toBe('Videos and webinars');
  });

  it.each(eksFiles.map((f) => f.name))(
    '%s imports under it exactly as under the built-in template, byte for byte',
    (name) => {
      const text = readCorpus(name);
      expect(shape(text, learned)).toEqual(shape(text, eksNewsTemplate));
      const issue = importIssue(text, { cardShapes: templateCardShapes(learned) });
      expect(exportIssue(issue)).toBe(text);
    },
  );
});

describe('learnTemplate from the Flux updates', () => {
  const learned = learnTemplate(fluxArchive);

  // Its titles name the month the update is for, not always the month it came out in, and
  // write "update" in either case: no pattern holds for half of them, so none is checked.
  it('finds YAML front matter, a monthly cadence, and titles that follow no pattern', () => {
    expect(learned.frontMatter.format).toBe('yaml');
    expect(learned.cadence.unit).toBe('month');
    expect(learned.patterns.title).toBeUndefined();
    expect(learned.lintChecks).not.toContain('title-pattern');
    expect(learned.lintChecks).not.toContain('card-without-summary');
  });

  // Its cards link the project's own pages (/flux/guides/..., /#calendar): fine here.
  it('leaves links relative to the site unflagged, where EKS News flags them', () => {
    expect(learned.lintChecks).not.toContain('site-relative-url');
    expect(learnTemplate(eksFiles).lintChecks).toContain('site-relative-url');
  });

  it('keeps the sections that recur, not the one-off stories', () => {
    const names = learned.sections.flatMap((s) => [s.name, ...s.aliases]);
    for (const usual of ['In other news', 'Over and out', 'News in the Flux family']) {
      expect(names).toContain(usual);
    }
    expect(names).toContain('Recent & Upcoming Events');
    expect(names).not.toContain('Flagger 1.11 is here');
    expect(learned.sections.length).toBeLessThanOrEqual(6);
  });

  it("starts a new issue's front matter with what most issues share, blank where they differ", () => {
    const entries = new Map(learned.frontMatter.entries);
    expect(entries.get('title')).toBe('');
    expect(entries.get('url')).toBe('');
    expect(entries.get('tags')).toEqual(['monthly-update']);
    expect(entries.get('date')).toEqual({ date: '' });
  });

  it.each(fluxArchive.map((f) => f.name))(
    '%s comes back byte for byte under it, its link lists as cards',
    (name) => {
      const text = readFlux(name);
      const issue = importIssue(text, { cardShapes: templateCardShapes(learned) });
      expect(exportIssue(issue)).toBe(text);
      const cards = blocksOf(issue).filter((b) => b.kind === 'card').length;
      expect(cards).toBe(blocksOf(importIssue(text)).filter((b) => b.kind === 'card').length);
    },
  );
});
