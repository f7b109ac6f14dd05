import { describe, expect, it } from 'vitest';
import { exportIssue } from '../../core/markdown/export-issue';
import type { IssueSummary } from '../../persistence/issue-repository';
import { createNextIssue, newestDate } from './create-next-issue';

function summary(slug: string, date: string): IssueSummary {
  return {
    id: `i${slug}`,
    title: `EKS News ${slug}`,
    slug,
    status: 'draft',
    date,
    cardCount: 0,
    updatedAt: 0,
    archived: false,
    rev: 1,
  };
}

describe('createNextIssue', () => {
  it('follows the highest slug and steps a month from the newest date', () => {
    const issue = createNextIssue(
      [summary('055', '2023-05-26T07:00:00Z'), summary('056', '2023-06-09T07:00:00Z')],
      new Date('2023-06-20T10:00:00Z'),
    );
    const text = exportIssue(issue);
    expect(text).toContain('slug = "057"\n');
    expect(text).toContain('date = 2023-07-09T15:00:00Z\n');
    expect(text).toContain('categories = ["Archive", "2023", "Monthly"]\n');
    expect(issue.status).toBe('draft');
    expect(issue.templateId).toBe('eks-news');
  });

  it('starts at 001 dated today when there is nothing yet', () => {
    const text = exportIssue(createNextIssue([], new Date('2024-02-03T01:00:00Z')));
    expect(text).toContain('slug = "001"\n');
    expect(text).toContain('title = "EKS News 001"\n');
    expect(text).toContain('date = 2024-02-03T15:00:00Z\n');
  });

  it('ignores dates it cannot read when picking the newest', () => {
    const newest = newestDate([
      summary('001', ''),
      summary('002', 'soon'),
      summary('003', '2021-01-01T00:00:00Z'),
    ]);
    expect(newest?.toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(newestDate([summary('001', '')])).toBeUndefined();
  });
});
