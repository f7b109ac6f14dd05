// The library's status filter, kept in the address (`/?status=ready`), so it survives a reload
// and the browser's back button, and a filtered list can be linked to.

import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { ISSUE_STATUSES } from '../../core/model/schema/validate-issue';
import type { IssueStatus } from '../../core/model/types';

export type StatusFilterValue = IssueStatus | 'all';

const PARAM = 'status';

export function useStatusFilter(): [StatusFilterValue, (value: StatusFilterValue) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get(PARAM);
  const value = ISSUE_STATUSES.find((status) => status === asked) ?? 'all';
  const setValue = useCallback(
    (next: StatusFilterValue) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === 'all') updated.delete(PARAM);
          else updated.set(PARAM, next);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [value, setValue];
}
