// The lines one text file changes in another, through jsdiff (the `diff` package): the history's
// "what restoring this changes" and the editor's "Export changes N lines of the original". Lines
// are split as the importer reads them (LF, CRLF or a bare CR ends one, kept on the line), so a
// line whose ending alone changed is a changed line.

import { diffArrays } from 'diff';
import { splitLines } from '../front-matter/split-lines';

/** One run of changed lines: what `before` had there and what `after` has instead. */
export interface LineHunk {
  /** The 1-based number in `before` of the first line removed, or of the line the run precedes. */
  beforeLine: number;
  /** The same in `after`. */
  afterLine: number;
  /** Lines of `before` that go, with their line ends. */
  removed: string[];
  /** Lines of `after` that come, with their line ends. */
  added: string[];
}

/** The runs of changed lines, in order; undefined when more than `limit` lines differ. */
export function diffFileLines(before: string, after: string, limit = 2000): LineHunk[] | undefined {
  if (before === after) return [];
  const changes = diffArrays(splitLines(before), splitLines(after), { maxEditLength: limit });
  if (changes === undefined) return undefined;
  const hunks: LineHunk[] = [];
  let beforeLine = 1;
  let afterLine = 1;
  let open: LineHunk | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      open = undefined;
      beforeLine += change.count;
      afterLine += change.count;
      continue;
    }
    if (open === undefined) {
      open = { beforeLine, afterLine, removed: [], added: [] };
      hunks.push(open);
    }
    if (change.removed) {
      open.removed.push(...change.value);
      beforeLine += change.count;
    } else {
      open.added.push(...change.value);
      afterLine += change.count;
    }
  }
  return hunks;
}
