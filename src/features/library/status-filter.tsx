import { useId } from 'react';
import { statusLabel } from '../../components/status-label';
import { ISSUE_STATUSES } from '../../core/model/schema/validate-issue';
import type { IssueSummary } from '../../persistence/issue-repository';
import type { StatusFilterValue } from './use-status-filter';
import './status-filter.css';

interface StatusFilterProps {
  value: StatusFilterValue;
  onChange: (value: StatusFilterValue) => void;
  /** Every draft, filtered or not: each choice says how many it shows. */
  summaries: readonly IssueSummary[];
}

/** Which drafts the library lists, by status: a native select, with how many each shows. */
export function StatusFilter({ value, onChange, summaries }: StatusFilterProps) {
  const id = useId();
  const count = (status: StatusFilterValue) =>
    status === 'all' ? summaries.length : summaries.filter((s) => s.status === status).length;
  return (
    <div className="status-filter">
      <label htmlFor={id}>Filter by status</label>
      <select
        id={id}
        value={value}
        onChange={(event) =>
          onChange(ISSUE_STATUSES.find((s) => s === event.target.value) ?? 'all')
        }
      >
        <option value="all">All ({count('all')})</option>
        {ISSUE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)} ({count(status)})
          </option>
        ))}
      </select>
    </div>
  );
}
