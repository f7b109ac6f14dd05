// How many of a table's rows to render: the first screenful at once, the rest a batch per frame
// after it. An imported archive lists 500 issues, and laying out 500 rows of links and buttons
// takes longer than the 100 ms the library has to show itself (issue 16); the rows past the
// first screen follow within a few frames, before anyone could scroll to them. The count only
// grows: rows added later (an import) come in the same batches.

import { useEffect, useState } from 'react';
import { afterNextFrame } from '../../components/after-next-frame';

/** Rows rendered with the table: more than a tall window shows. */
export const FIRST_ROWS = 50;
/** Rows added in each frame after the first. */
export const MORE_ROWS = 150;

/** The number of rows to render of `total`; it reaches `total` a batch per frame. */
export function useStagedRows(total: number): number {
  const [shown, setShown] = useState(FIRST_ROWS);
  useEffect(() => {
    if (shown >= total) return undefined;
    return afterNextFrame(() => setShown((count) => count + MORE_ROWS));
  }, [shown, total]);
  return Math.min(shown, total);
}
