// The editorial status as a native select (issue 15, item 3), worn like the status pill: the
// browser gives it its keyboard (arrows, type-ahead, Alt+Down) and screen readers its role. The
// editor's header and the library's rows use it.

import { useId, type ReactNode } from 'react';
import { ISSUE_STATUSES } from '../core/model/schema/validate-issue';
import type { IssueStatus } from '../core/model/types';
import { statusLabel } from './status-label';
import './status-select.css';

interface StatusSelectProps {
  value: IssueStatus;
  onChange: (status: IssueStatus) => void;
  /** The accessible name: shown beside the select, or only to screen readers when `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  className?: string;
  disabled?: boolean;
  /** The id of what describes the status (its StatusStamp), shown after the select. */
  describedBy?: string;
  children?: ReactNode;
}

export function StatusSelect(props: StatusSelectProps) {
  const {
    value,
    onChange,
    label,
    hideLabel = false,
    className = '',
    disabled,
    describedBy,
  } = props;
  const id = useId();
  return (
    <span className={`status-select ${className}`.trim()}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'status-select-label'}>
        {label}
      </label>
      <select
        id={id}
        className={`status status-${value.replace(' ', '-')}`}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          const chosen = ISSUE_STATUSES.find((status) => status === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {ISSUE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
      {props.children}
    </span>
  );
}
