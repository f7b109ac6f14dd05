import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { eksNewsTemplate } from './eks-news';

const headingsOf = (name: string) => importIssue(readCorpus(name)).sections.map((s) => s.heading);

describe('the EKS News template as data', () => {
  const archiveHeadings = new Set(corpusFiles().flatMap((name) => headingsOf(name)));
  const lower = new Set([...archiveHeadings].map((h) => h.toLowerCase()));

  it('names each section and each earlier name as the archive wrote it', () => {
    for (const section of eksNewsTemplate.sections) {
      for (const heading of [section.name, ...section.aliases]) {
        expect(lower.has(heading.toLowerCase()), heading).toBe(true);
      }
    }
  });

  it('knows "New videos and webinars" and "Videos and webinars" as one section', () => {
    const videos = eksNewsTemplate.sections.find((s) => s.name === 'Videos and webinars');
    expect(videos?.aliases).toContain('New videos and webinars');
  });

  it('has the sections of the current issues (064 on), in their order', () => {
    const names = eksNewsTemplate.sections.map((s) => s.name);
    for (const name of corpusFiles().filter((n) => n >= '064.md')) {
      expect(headingsOf(name).filter((h) => names.includes(h))).toEqual(names);
    }
  });

  it('suggests only sections it has, and defaults to one of them', () => {
    const names = eksNewsTemplate.sections.map((s) => s.name);
    expect(names).toContain(eksNewsTemplate.defaultSection);
    for (const rule of eksNewsTemplate.urlRules) expect(names).toContain(rule.section);
  });
});
