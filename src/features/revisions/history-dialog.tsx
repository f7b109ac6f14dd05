import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useStore } from 'zustand';
import { ModalDialog } from '../../components/modal-dialog';
import { QueryProvider } from '../../components/query-provider';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { reasonLabel, type HistoryEntry } from './describe-history';
import { restoreRevision, type RestoreResult } from './restore-revision';
import { RevisionDetail } from './revision-detail';
import { useRevisionHistory } from './use-revision-history';
import './revisions.css';

export type HistoryRevisions = Pick<
  RevisionStore,
  'listRevisions' | 'getRevision' | 'addRevision' | 'nameRevision'
>;

export type RestoreDone = Extract<RestoreResult, { outcome: 'restored' }> & { when: string };

interface HistoryDialogProps {
  store: EditorStore;
  revisions: HistoryRevisions;
  onClose: () => void;
  /** A version was restored: the dialog is to close, and the restore be offered to undo. */
  onRestored: (done: RestoreDone) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The issue's kept versions, newest first, each with what changed in it; for the chosen one, its
 * name, the lines of the exported file restoring it changes, and Restore.
 */
export function HistoryDialog(props: HistoryDialogProps) {
  return (
    <QueryProvider>
      <History {...props} />
    </QueryProvider>
  );
}

function History({ store, revisions, onClose, onRestored }: HistoryDialogProps) {
  const issueId = useStore(store, (s) => s.issue.id);
  const readOnly = useStore(store, (s) => s.readOnly);
  const load = useRevisionHistory(revisions, issueId);
  const queries = useQueryClient();
  const [chosenId, setChosenId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const entries = load.status === 'ready' ? load.entries : [];
  const chosen = entries.find((e) => e.meta.id === chosenId) ?? entries[0];

  const restore = async (entry: HistoryEntry) => {
    const result = await restoreRevision(store, revisions, entry.meta.id).catch(
      (): RestoreResult => ({ outcome: 'missing' }),
    );
    if (result.outcome === 'restored') {
      onRestored({ ...result, when: timeFormat.format(entry.meta.createdAt) });
      return;
    }
    setProblem(
      result.outcome === 'read-only'
        ? 'This tab is read-only: another tab is editing this draft.'
        : 'That version could not be read.',
    );
  };

  return (
    <ModalDialog title="History" onClose={onClose} wide>
      <p className="hint">
        Versions are kept at the first change after opening, every ten minutes of editing, before an
        import or a restore, on taking over from another tab, and on every export and share. Name
        one to keep it for good. Restoring one is a change like any other: Undo takes it back.
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
      {load.status === 'ready' && entries.length === 0 && (
        <p className="empty">No versions kept yet.</p>
      )}
      {entries.length > 0 && (
        <ol className="history-list" aria-label="Kept versions">
          {entries.map((entry) => (
            <HistoryRow
              key={entry.meta.id}
              entry={entry}
              chosen={entry === chosen}
              onChoose={() => setChosenId(entry.meta.id)}
            />
          ))}
        </ol>
      )}
      {chosen && (
        <RevisionDetail
          key={chosen.meta.id}
          store={store}
          revisions={revisions}
          meta={chosen.meta}
          when={timeFormat.format(chosen.meta.createdAt)}
          readOnly={readOnly}
          onNamed={() => void queries.invalidateQueries({ queryKey: ['revision-history'] })}
          onRestore={() => void restore(chosen)}
        />
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
  chosen: boolean;
  onChoose: () => void;
}

function HistoryRow({ entry, chosen, onChoose }: HistoryRowProps) {
  const { meta, summary } = entry;
  const when = timeFormat.format(meta.createdAt);
  return (
    <li
      className={chosen ? 'history-row chosen' : 'history-row'}
      aria-label={`${meta.name ? `${meta.name}, ` : ''}${reasonLabel(meta.reason)}, ${when}`}
    >
      <div className="history-when">
        <time dateTime={new Date(meta.createdAt).toISOString()}>{when}</time>
        {meta.name && <strong className="history-name-shown">{meta.name}</strong>}
        <span className="history-reason">{reasonLabel(meta.reason)}</span>
      </div>
      <p className="history-summary">
        {summary} · {meta.cardCount} {meta.cardCount === 1 ? 'card' : 'cards'}
      </p>
      <button
        type="button"
        className="button button-small"
        aria-pressed={chosen}
        aria-label={`Show the version of ${when}`}
        onClick={onChoose}
      >
        Show
      </button>
    </li>
  );
}
