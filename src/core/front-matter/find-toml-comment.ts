const DELIMITERS = ['"""', "'''", '"', "'"] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * Where the comment on the last line of a TOML value starts (the index of its `#`), or -1 when
 * that line has none. Strings are skipped, so a `#` inside quotes is not a comment.
 */
export function findTomlComment(value: string): number {
  let open: Delimiter | undefined;
  let comment = -1;
  let at = 0;
  while (at < value.length) {
    if (open) {
      [at, open] = skipInString(value, at, open);
    } else if (value[at] === '#') {
      comment = at;
      const end = lineEndAt(value, at);
      at = end < 0 ? value.length : end;
    } else {
      open = DELIMITERS.find((d) => value.startsWith(d, at));
      at += open ? open.length : 1;
    }
  }
  return comment >= 0 && lineEndAt(value, comment) < 0 ? comment : -1;
}

/** The index of the first line end (LF or CR) at or after `from`, or -1. */
function lineEndAt(value: string, from: number): number {
  const lf = value.indexOf('\n', from);
  const cr = value.indexOf('\r', from);
  return cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
}

/** Advances one step inside a string; returns the new index and the still-open delimiter. */
function skipInString(value: string, at: number, open: Delimiter): [number, Delimiter | undefined] {
  if (value[at] === '\\' && open.startsWith('"')) return [at + 2, open];
  if (!value.startsWith(open, at)) return [at + 1, open];
  let end = at + open.length;
  // A multi-line string may end with one or two quotes of its own before the closing three.
  while (open.length === 3 && value[end] === open[0] && end < at + 5) end++;
  return [end, undefined];
}
