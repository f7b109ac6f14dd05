// The date as readers see it, on the issue, in the library and on the reviewer's page.

import { MONTH_NAMES } from '../month-names';

/** `2023-06-09T07:00:00Z` as `June 9, 2023`, read from the text so no time zone shifts it. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}
