import { describe, expect, it } from 'vitest';
import { exportIssue } from '../markdown/export-issue';
import { importIssue } from '../markdown/import-issue';
import { eksNewsTemplate } from './eks-news';
import { hugoLinkListTemplate } from './hugo-link-list';
import { newIssue } from './new-issue';
import { fillPattern } from './next-issue';

describe('newIssue', () => {
  it('writes an EKS News issue as the archive does, but for its draft key', () => {
    const issue = newIssue(eksNewsTemplate, '079', '2024-08-01T15:00:00Z', 1);
    const text = exportIssue(issue);
    // The archive says draft = false; a new issue is a draft until its status is ready.
    expect(issue.status).toBe('draft');
    expect(text.split('\n').slice(0, 12)).toEqual([
      '+++',
      'author = "Amazon Elastic Kubernetes Service"',
      'categories = ["Archive", "2024", "Monthly"]',
      'date = 2024-08-01T15:00:00Z',
      'description = "#079 edition of the EKS newsletter"',
      'draft = true',
      'slug = "079"',
      'title = "EKS News 079"',
      '+++',
      '{{< eo >}}',
      '<br/><br/><br/><br/>',
      '## New AWS services and features',
    ]);
  });

  it('writes a generic Hugo link list issue with YAML front matter and its one section', () => {
    const issue = newIssue(hugoLinkListTemplate, '7', '2024-03-01T09:00:00Z', 1);
    const text = exportIssue(issue);
    expect(text).toBe(
      '---\ntitle: Issue 7\ndate: 2024-03-01T09:00:00Z\ndraft: true\n---\n## Links\n',
    );
    expect(exportIssue(importIssue(text))).toBe(text);
  });

  it("writes front matter in the template's format, JSON too", () => {
    const json = { ...hugoLinkListTemplate.frontMatter, format: 'json' as const };
    const text = exportIssue(
      newIssue({ ...hugoLinkListTemplate, frontMatter: json }, '7', '2024-03-01', 1),
    );
    expect(text).toBe(
      '{\n  "title": "Issue 7",\n  "date": "2024-03-01",\n  "draft": true\n}\n## Links\n',
    );
    expect(importIssue(text).frontMatter.format).toBe('json');
  });
});

describe('fillPattern', () => {
  it('fills the number, and the date, year and month name from the date', () => {
    const pattern = '{month} {year} Update ({date}) #{number}';
    expect(fillPattern(pattern, '012', '2021-01-06T12:30:00+00:00')).toBe(
      'January 2021 Update (2021-01-06) #012',
    );
    expect(fillPattern('{month}-update', '', '2022-12-01')).toBe('December-update');
  });

  it('leaves what a date that cannot be read would give empty', () => {
    expect(fillPattern('{month}|{date}|{number}', '3', '')).toBe('||3');
  });
});
