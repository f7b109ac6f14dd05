import { diffFileLines } from '../../core/diff/diff-file-lines';
import { splitLines } from '../../core/front-matter/split-lines';

/**
 * How many lines of `before` an export changes: for each run of differing lines, the larger of
 * the lines removed and the lines added (editing one line counts 1, adding a 3-line card 3).
 * Lines are compared as diffFileLines splits them, with their line ends, so the count is 0 only
 * for the same text. Past `limit` differences the count is the rough `max(removed, added)` of
 * everything between the common first and last lines, a fair "many".
 */
export function countChangedLines(before: string, after: string, limit = 500): number {
  if (before === after) return 0;
  const hunks = diffFileLines(before, after, limit);
  if (hunks !== undefined)
    return hunks.reduce((sum, h) => sum + Math.max(h.removed.length, h.added.length), 0);
  return roughCount(splitLines(before), splitLines(after));
}

function roughCount(a: string[], b: string[]): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return Math.max(endA - start, endB - start);
}
