import { useState } from 'react';
import { useStore } from 'zustand';
import { ModalDialog } from '../../components/modal-dialog';
import { QueryProvider } from '../../components/query-provider';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { reasonLabel, type HistoryEntry } from './describe-history';
import { restoreRevision } from './restore-revision';
import { useRevisionHistory } from './use-revision-history';
import './revisions.css';

type Revisions = Pick<RevisionStore, 'listRevisions' | 'getRevision' | 'addRevision'>;

interface HistoryDialogProps {
  store: EditorStore;
  revisions: Revisions;
  onClose: () => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The issue's kept versions, newest first, each with what changed in it, and a restore. */
export function HistoryDialog(props: HistoryDialogProps) {
  return (
    <QueryProvider>
      <History {...props} />
    </QueryProvider>
  );
}

function History({ store, revisions, onClose }: HistoryDialogProps) {
  const issueId = useStore(store, (s) => s.issue.id);
  const readOnly = useStore(store, (s) => s.readOnly);
  const load = useRevisionHistory(revisions, issueId);
  const [problem, setProblem] = useState<string>();

  const restore = async (entry: HistoryEntry) => {
    const outcome = await restoreRevision(store, revisions, entry.meta.id).catch(() => 'failed');
    if (outcome === 'restored') {
      const when = timeFormat.format(entry.meta.createdAt);
      store
        .getState()
        .announce(`Restored the version of ${when}. Undo brings back the one before.`);
      onClose();
    } else {
      setProblem(
        outcome === 'read-only'
          ? 'This tab is read-only: another tab is editing this draft.'
          : 'That version could not be read.',
      );
    }
  };

  return (
    <ModalDialog title="History" onClose={onClose} wide>
      <p className="hint">
        Versions are kept when the draft is opened, every few minutes of editing, and before an
        import or a restore. Restoring one is a change like any other: Undo takes it back.
      </p>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      {load.status === 'loading' && <p role="status">Reading the history…</p>}
      {load.status === 'error' && (
        <p role="alert" className="notice notice-error">
          The history could not be read: {load.message}
        </p>
      )}
      {load.status === 'ready' && load.entries.length === 0 && (
        <p className="empty">No versions kept yet.</p>
      )}
      {load.status === 'ready' && load.entries.length > 0 && (
        <ol className="history-list" aria-label="Kept versions">
          {load.entries.map((entry) => (
            <HistoryRow
              key={entry.meta.id}
              entry={entry}
              disabled={readOnly}
              onRestore={() => void restore(entry)}
            />
          ))}
        </ol>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

interface HistoryRowProps {
  entry: HistoryEntry;
  disabled: boolean;
  onRestore: () => void;
}

function HistoryRow({ entry, disabled, onRestore }: HistoryRowProps) {
  const { meta, summary } = entry;
  const when = timeFormat.format(meta.createdAt);
  return (
    <li className="history-row" aria-label={`${reasonLabel(meta.reason)}, ${when}`}>
      <div className="history-when">
        <time dateTime={new Date(meta.createdAt).toISOString()}>{when}</time>
        <span className="history-reason">{reasonLabel(meta.reason)}</span>
      </div>
      <p className="history-summary">
        {summary} · {meta.cardCount} {meta.cardCount === 1 ? 'card' : 'cards'}
      </p>
      <button
        type="button"
        className="button button-small"
        disabled={disabled}
        aria-label={`Restore the version of ${when}`}
        onClick={onRestore}
      >
        Restore
      </button>
    </li>
  );
}
