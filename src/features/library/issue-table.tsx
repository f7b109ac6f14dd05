// The drafts as a table: one row per issue, its title linking to the editor, its status (a
// select where it may be set, else the pill), and the row's actions. Row headers name each row
// for screen readers moving through the actions. The links are plain anchors that the table
// routes (use-delegated-links.ts); who set a row's status and when follow it where recorded
// (status-stamp.tsx). A row renders again only when its draft changed: an
// archive lists 500 rows, and the list must show within 100 ms (issue 16), so a row holds no
// element or attribute the stylesheet can do without (the narrow layout's cell labels are there),
// and the rows past the first screenful come a batch per frame after it (use-staged-rows.ts),
// the table marked busy until they are all in. Every row in the table is laid out, off screen
// too: content-visibility cannot skip a table row, and rows made grid boxes to take it were
// skipped by Chromium's accessibility tree too (their cells and controls gone until scrolled
// to), so screen readers would have met empty rows.

import { memo, useId } from 'react';
import { formatDate } from '../../core/render/format-date';
import type { IssueSummary } from '../../persistence/issue-repository';
import { statusLabel } from '../../components/status-label';
import { StatusSelect } from '../../components/status-select';
import { StatusStamp } from '../../components/status-stamp';
import type { IssueStatus } from '../../core/model/types';
import { useDelegatedLinks } from './use-delegated-links';
import { useStagedRows } from './use-staged-rows';

interface IssueTableProps {
  caption: string;
  summaries: IssueSummary[];
  onDuplicate: (summary: IssueSummary) => void;
  onDelete: (summary: IssueSummary) => void;
  /** Sets a row's status; without it the rows show their status read-only. */
  onStatus?: (summary: IssueSummary, status: IssueStatus) => void;
}

export function IssueTable({ caption, summaries, ...handlers }: IssueTableProps) {
  const { hrefOf, onClick } = useDelegatedLinks();
  const tableId = useId();
  const staged = useStagedRows(summaries.length);
  return (
    <table
      className="issue-table"
      onClick={onClick}
      aria-busy={staged < summaries.length ? true : undefined}
    >
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
        {summaries.slice(0, staged).map((summary) => (
          <IssueRow
            key={summary.id}
            summary={summary}
            hrefOf={hrefOf}
            tableId={tableId}
            {...handlers}
          />
        ))}
      </tbody>
    </table>
  );
}

type IssueRowProps = Omit<IssueTableProps, 'caption' | 'summaries'> & {
  summary: IssueSummary;
  hrefOf: (to: string) => string;
  /** The table's own id, which the ids of its rows' elements start with. */
  tableId: string;
};

/** The id of a row's status stamp: the draft's id, escaped so it holds no space. */
function stampIdOf(tableId: string, issueId: string): string {
  return `${tableId}stamp-${encodeURIComponent(issueId)}`;
}

const IssueRow = memo(function IssueRow(props: IssueRowProps) {
  const { summary, hrefOf, tableId, onDuplicate, onDelete, onStatus } = props;
  const path = hrefOf(`/issues/${encodeURIComponent(summary.id)}`);
  // An id from the draft's, not a hook per row: most rows have no stamp, and 500 rows add up.
  const stampId = summary.statusChangedAt !== undefined ? stampIdOf(tableId, summary.id) : '';
  const stamp = summary.statusChangedAt !== undefined && (
    <StatusStamp id={stampId} changedAt={summary.statusChangedAt} setBy={summary.statusSetBy} />
  );
  return (
    <tr>
      <th scope="row" className="title-cell">
        <a href={path}>{summary.title || 'Untitled issue'}</a>
      </th>
      <td>{summary.slug || '—'}</td>
      <td>
        {onStatus ? (
          <StatusSelect
            label={`Status of ${summary.title || 'Untitled issue'}`}
            hideLabel
            value={summary.status}
            onChange={(status) => onStatus(summary, status)}
            describedBy={stamp ? stampId : undefined}
          >
            {stamp}
          </StatusSelect>
        ) : (
          <span className={`status status-${summary.status.replace(' ', '-')}`}>
            {statusLabel(summary.status)}
          </span>
        )}
        {!onStatus && stamp}
      </td>
      <td>
        {summary.date ? <time dateTime={summary.date}>{formatDate(summary.date)}</time> : '—'}
      </td>
      <td className="numeric">{summary.cardCount}</td>
      <td className="row-actions">
        <a className="button button-small" href={`${path}/preview`}>
          Preview
        </a>
        <button type="button" className="button button-small" onClick={() => onDuplicate(summary)}>
          Duplicate
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => onDelete(summary)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
});
