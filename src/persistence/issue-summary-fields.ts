// The fields of an IssueSummary that come from the issue itself. They are stored beside the
// issue so the library list does not load and parse every draft.

import type { FrontMatterValue, Issue, IssueStatus } from '../core/model/types';

export interface IssueSummaryFields {
  title: string;
  slug: string;
  date: string;
  cardCount: number;
  status: IssueStatus;
  /** When the status was set, and by whom (absent: not recorded; see Issue.statusSetBy). */
  statusChangedAt?: number;
  statusSetBy?: string;
  updatedAt: number;
}

function frontMatterText(issue: Issue, key: string): string {
  const entry = issue.frontMatter.entries.find((e) => e.key === key);
  return entry === undefined ? '' : valueText(entry.value);
}

function valueText(value: FrontMatterValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!Array.isArray(value) && typeof value.date === 'string') return value.date;
  return '';
}

export function countCards(issue: Issue): number {
  let count = 0;
  for (const section of issue.sections) {
    for (const block of section.blocks) if (block.kind === 'card') count += 1;
  }
  return count;
}

export function summarizeIssue(issue: Issue): IssueSummaryFields {
  return {
    title: frontMatterText(issue, 'title'),
    slug: frontMatterText(issue, 'slug'),
    date: frontMatterText(issue, 'date'),
    cardCount: countCards(issue),
    status: issue.status,
    ...(issue.statusChangedAt === undefined ? {} : { statusChangedAt: issue.statusChangedAt }),
    ...(issue.statusSetBy === undefined ? {} : { statusSetBy: issue.statusSetBy }),
    updatedAt: issue.updatedAt,
  };
}
