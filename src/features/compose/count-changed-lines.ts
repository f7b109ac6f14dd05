import { splitLines } from '../../core/front-matter/split-lines';

/**
 * How many lines of `before` an export changes: for each run of differing lines, the larger of
 * the lines removed and the lines added (editing one line counts 1, adding a 3-line card 3).
 * Lines end at LF, CRLF or a bare CR, as the importer reads them, and are compared byte for byte
 * with their line end: a line whose ending alone changed is a changed line, so the count is 0
 * only for the same text. Lines are compared by a shortest edit script (Myers); past `limit`
 * differences the count is the rough `max(removed, added)` of the whole middle, a fair "many".
 */
export function countChangedLines(before: string, after: string, limit = 500): number {
  if (before === after) return 0;
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length === 0 || midB.length === 0) return Math.max(midA.length, midB.length);
  const script = editScript(midA, midB, limit);
  return script === undefined ? Math.max(midA.length, midB.length) : countRuns(script);
}

/** 'k' keep, 'd' delete from a, 'i' insert from b; undefined past `limit` edits. */
function editScript(a: string[], b: string[], limit: number): string[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, limit);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number): string[] {
  const script: string[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      script.push('k');
      x--;
      y--;
    }
    script.push(down ? 'i' : 'd');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    script.push('k');
    x--;
    y--;
  }
  return script.reverse();
}

function countRuns(script: readonly string[]): number {
  let total = 0;
  let removed = 0;
  let added = 0;
  for (const step of [...script, 'k']) {
    if (step === 'd') removed++;
    else if (step === 'i') added++;
    else {
      total += Math.max(removed, added);
      removed = 0;
      added = 0;
    }
  }
  return total;
}
