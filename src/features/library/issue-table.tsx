// The drafts as a table: one row per issue, its title linking to the editor, and the row's
// actions. Row headers name each row for screen readers moving through the actions.

import { Link } from 'react-router';
import { formatDate } from '../../core/render/format-date';
import type { IssueSummary } from '../../persistence/issue-repository';
import { statusLabel } from './status-label';

interface IssueTableProps {
  caption: string;
  summaries: IssueSummary[];
  onDuplicate: (summary: IssueSummary) => void;
  onDelete: (summary: IssueSummary) => void;
}

export function IssueTable({ caption, summaries, onDuplicate, onDelete }: IssueTableProps) {
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
          <IssueRow
            key={summary.id}
            summary={summary}
            onDuplicate={onDuplicate}
            onDelete={onDelete}
          />
        ))}
      </tbody>
    </table>
  );
}

interface IssueRowProps {
  summary: IssueSummary;
  onDuplicate: (summary: IssueSummary) => void;
  onDelete: (summary: IssueSummary) => void;
}

function IssueRow({ summary, onDuplicate, onDelete }: IssueRowProps) {
  const path = `/issues/${encodeURIComponent(summary.id)}`;
  return (
    <tr>
      <th scope="row" className="title-cell">
        <Link to={path}>{summary.title || 'Untitled issue'}</Link>
      </th>
      <td data-label="Slug">{summary.slug || '—'}</td>
      <td data-label="Status">
        <span className={`status status-${summary.status.replace(' ', '-')}`}>
          {statusLabel(summary.status)}
        </span>
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
