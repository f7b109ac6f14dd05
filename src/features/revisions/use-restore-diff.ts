import { useQuery } from '@tanstack/react-query';
import { diffFileLines, type LineHunk } from '../../core/diff/diff-file-lines';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';

export type RestoreDiff =
  | { status: 'loading' }
  /** `hunks` is undefined when too many lines differ to list them. */
  | { status: 'ready'; hunks: LineHunk[] | undefined }
  | { status: 'error'; message: string };

/** The lines of the exported file that restoring the revision would change, as runs. */
async function loadRestoreDiff(
  store: EditorStore,
  revisions: Pick<RevisionStore, 'getRevision'>,
  revisionId: string,
): Promise<{ hunks: LineHunk[] | undefined }> {
  const [revision, current, { exportIssue }] = await Promise.all([
    revisions.getRevision(revisionId),
    store.getState().settledIssue(),
    import('../../core/markdown/export-issue'),
  ]);
  if (revision === undefined) throw new Error('That version could not be read.');
  return { hunks: diffFileLines(exportIssue(current), exportIssue(revision.snapshot)) };
}

/** What restoring a revision changes in the exported file, read when it is chosen. */
export function useRestoreDiff(
  store: EditorStore,
  revisions: Pick<RevisionStore, 'getRevision'>,
  revisionId: string,
): RestoreDiff {
  const query = useQuery({
    queryKey: ['restore-diff', revisionId],
    queryFn: () => loadRestoreDiff(store, revisions, revisionId),
    // Against the issue as it is when the history opens: nothing from before is reused.
    gcTime: 0,
  });
  if (query.isPending) return { status: 'loading' };
  if (query.isError) {
    const error: unknown = query.error;
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  return { status: 'ready', hunks: query.data.hunks };
}
