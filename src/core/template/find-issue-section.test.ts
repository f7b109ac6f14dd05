import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { addSection, renameSection } from '../model/ops/section-ops';
import { eksNewsTemplate } from './eks-news';
import { findIssueSection } from './find-issue-section';

const issue = (name: string) => importIssue(readCorpus(name));
const headingFor = (name: string, section: string) =>
  findIssueSection(issue(name), eksNewsTemplate, section)?.heading;

describe('findIssueSection', () => {
  it('finds 056\'s "New videos and webinars" for the template\'s "Videos and webinars"', () => {
    expect(headingFor('056.md', 'Videos and webinars')).toBe('New videos and webinars');
    expect(headingFor('056.md', 'Community news and articles')).toBe('Community news');
  });

  it('finds a section of an issue that uses the current name (065)', () => {
    expect(headingFor('065.md', 'Videos and webinars')).toBe('Videos and webinars');
  });

  it("answers to any of the section's names, trimmed and ignoring case", () => {
    const source = issue('056.md');
    const videos = source.sections.find((s) => s.heading === 'New videos and webinars');
    const shouted = renameSection(source, videos?.id ?? '', '  NEW VIDEOS AND WEBINARS ');
    for (const name of ['Videos and webinars', 'new videos and webinars', ' Videos ']) {
      expect(findIssueSection(shouted, eksNewsTemplate, name)?.id).toBe(videos?.id);
    }
  });

  it('prefers the section under the current name to one under an earlier name', () => {
    const both = addSection(issue('065.md'), 'Videos', 0);
    expect(both.sections[0]?.heading).toBe('Videos');
    const found = findIssueSection(both, eksNewsTemplate, 'Videos and webinars');
    expect(found?.heading).toBe('Videos and webinars');
    expect(found?.id).not.toBe(both.sections[0]?.id);
  });

  it('finds nothing in an issue without the section under any name (018)', () => {
    expect(headingFor('018.md', 'Videos and webinars')).toBeUndefined();
    expect(headingFor('018.md', 'Community news and articles')).toBe('Ecosystem News');
  });

  it('matches a name the template does not know only by itself', () => {
    expect(headingFor('010.md', 'reference architectures')).toBe('Reference Architectures');
    expect(headingFor('010.md', 'Architectures')).toBeUndefined();
  });
});
