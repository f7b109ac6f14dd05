import { lazy, Suspense, useState } from 'react';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';

// The dialog, and react-query which reads the history for it, load when History is first
// pressed: the editor's first load does not carry them.
const HistoryDialog = lazy(async () => ({
  default: (await import('./history-dialog')).HistoryDialog,
}));

interface HistoryButtonProps {
  store: EditorStore;
  revisions: Pick<RevisionStore, 'listRevisions' | 'getRevision' | 'addRevision'>;
}

/** The toolbar's "History" button and the dialog it opens. */
export function HistoryButton({ store, revisions }: HistoryButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        History
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryDialog store={store} revisions={revisions} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
