import type { LineHunk } from '../../core/diff/diff-file-lines';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { useRestoreDiff } from './use-restore-diff';

/** The most changed lines listed; past it, a count says how many more. */
const MAX_LINES = 300;

interface RestoreDiffViewProps {
  store: EditorStore;
  revisions: Pick<RevisionStore, 'getRevision'>;
  revisionId: string;
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

/** A line as shown: its line end made visible only when it is all that differs. */
function shown(line: string): string {
  return line.replace(/\r?\n$|\r$/, '');
}

/**
 * The lines of the exported file that restoring a revision would change: for each run, the lines
 * that go and the lines that come back, with the line number in the file as it is now.
 */
export function RestoreDiffView({ store, revisions, revisionId }: RestoreDiffViewProps) {
  const diff = useRestoreDiff(store, revisions, revisionId);
  if (diff.status === 'loading') return <p role="status">Comparing with the draft…</p>;
  if (diff.status === 'error')
    return (
      <p role="alert" className="notice notice-error">
        {diff.message}
      </p>
    );
  const { hunks } = diff;
  if (hunks === undefined)
    return <p>Restoring it changes most of the exported file: too many lines to list.</p>;
  if (hunks.length === 0) return <p>Restoring it changes nothing in the exported file.</p>;
  const removed = hunks.reduce((n, h) => n + h.removed.length, 0);
  const added = hunks.reduce((n, h) => n + h.added.length, 0);
  return (
    <>
      <p>
        Restoring it removes {plural(removed, 'line')} of the exported file and brings back{' '}
        {plural(added, 'line')}.
      </p>
      <ol className="history-diff" aria-label="Lines restoring it changes">
        {listedHunks(hunks).map((hunk) => (
          <HunkView key={`${hunk.beforeLine}-${hunk.afterLine}`} hunk={hunk} />
        ))}
      </ol>
      {removed + added > MAX_LINES && <p>And {removed + added - MAX_LINES} more changed lines.</p>}
    </>
  );
}

/** The runs to list, cut at MAX_LINES lines in all. */
function listedHunks(hunks: readonly LineHunk[]): LineHunk[] {
  let left = MAX_LINES;
  const listed: LineHunk[] = [];
  for (const hunk of hunks) {
    if (left <= 0) break;
    const removed = hunk.removed.slice(0, left);
    const added = hunk.added.slice(0, left - removed.length);
    left -= removed.length + added.length;
    listed.push({ ...hunk, removed, added });
  }
  return listed;
}

function HunkView({ hunk }: { hunk: LineHunk }) {
  const lineEndsOnly =
    hunk.removed.length === hunk.added.length &&
    hunk.removed.every((line, i) => shown(line) === shown(hunk.added[i] ?? ''));
  const text = (line: string) => (lineEndsOnly ? JSON.stringify(line) : shown(line));
  return (
    <li className="history-hunk">
      <p className="history-hunk-where">Line {hunk.beforeLine}</p>
      <ul className="history-hunk-lines">
        {hunk.removed.map((line, i) => (
          <li key={`r${i}`} className="diff-removed">
            <span className="visually-hidden">Removed: </span>
            <code>{text(line)}</code>
          </li>
        ))}
        {hunk.added.map((line, i) => (
          <li key={`a${i}`} className="diff-added">
            <span className="visually-hidden">Brought back: </span>
            <code>{text(line)}</code>
          </li>
        ))}
      </ul>
    </li>
  );
}
