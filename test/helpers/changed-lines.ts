/**
 * The lines that differ between two texts, found by trimming the common leading and trailing
 * lines: enough to tell "exactly this line changed" or "only these lines were added".
 */
export function changedLines(
  before: string,
  after: string,
): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}
