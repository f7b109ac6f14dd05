// The drafts as a table: one row per issue, its title linking to the editor, its status (a
// select where it may be set, else the pill), and the row's actions. Row headers name each row
// for screen readers moving through the actions.

import { Link } from 'react-router';
import { formatDate } from '../../core/render/format-date';
import type { IssueSummary } from '../../persistence/issue-repository';
import { statusLabel } from '../../components/status-label';
import { StatusSelect } from '../../components/status-select';
import type { IssueStatus } from '../../core/model/types';

interface IssueTableProps {
  caption: string;
  summaries: IssueSummary[];
  onDuplicate: (summary: IssueSummary) => void;
  onDelete: (summary: IssueSummary) => void;
  /** Sets a row's status; without it the rows show their status read-only. */
  onStatus?: (summary: IssueSummary, status: IssueStatus) => void;
}

export function IssueTable({ caption, summaries, ...handlers }: IssueTableProps) {
  return (
    <table className="issue-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Slug</th>
          <th scope="col">Status</th>
          <th scope="col">Date</th>
          <th scope="col" className="numeric">
            Cards
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => (
          <IssueRow key={summary.id} summary={summary} {...handlers} />
        ))}
      </tbody>
    </table>
  );
}

type IssueRowProps = Omit<IssueTableProps, 'caption' | 'summaries'> & { summary: IssueSummary };

function IssueRow({ summary, onDuplicate, onDelete, onStatus }: IssueRowProps) {
  const path = `/issues/${encodeURIComponent(summary.id)}`;
  return (
    <tr>
      <th scope="row" className="title-cell">
        <Link to={path}>{summary.title || 'Untitled issue'}</Link>
      </th>
      <td data-label="Slug">{summary.slug || '—'}</td>
      <td data-label="Status">
        {onStatus ? (
          <StatusSelect
            label={`Status of ${summary.title || 'Untitled issue'}`}
            hideLabel
            value={summary.status}
            onChange={(status) => onStatus(summary, status)}
          />
        ) : (
          <span className={`status status-${summary.status.replace(' ', '-')}`}>
            {statusLabel(summary.status)}
          </span>
        )}
      </td>
      <td data-label="Date">
        {summary.date ? <time dateTime={summary.date}>{formatDate(summary.date)}</time> : '—'}
      </td>
      <td data-label="Cards" className="numeric">
        {summary.cardCount}
      </td>
      <td>
        <div className="row-actions">
          <Link className="button button-small" to={`${path}/preview`}>
            Preview
          </Link>
          <button
            type="button"
            className="button button-small"
            onClick={() => onDuplicate(summary)}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => onDelete(summary)}
          >
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
