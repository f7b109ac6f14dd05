import type { IssueStatus } from '../core/model/types';

const labels: Record<IssueStatus, string> = {
  draft: 'Draft',
  'in review': 'In review',
  ready: 'Ready',
  published: 'Published',
};

/** The status as the library shows it. */
export function statusLabel(status: IssueStatus): string {
  return labels[status] ?? status;
}
