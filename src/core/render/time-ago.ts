// How long ago something happened, as the library and the editor say it beside a status:
// "just now", "5 min ago", "2 h ago", "3 d ago"; past four weeks, the day it was (`June 9, 2023`).

import { formatDate } from './format-date';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `then` (ms since the epoch) as seen at `now`; a time ahead of `now` (clocks differ) is now. */
export function timeAgo(then: number, now: number): string {
  const past = Math.max(0, now - then);
  if (past < MINUTE) return 'just now';
  if (past < HOUR) return `${Math.floor(past / MINUTE)} min ago`;
  if (past < DAY) return `${Math.floor(past / HOUR)} h ago`;
  if (past < 28 * DAY) return `${Math.floor(past / DAY)} d ago`;
  return formatDate(new Date(then).toISOString());
}
