import { useState } from 'react';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { HistoryDialog } from './history-dialog';

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
      {open && <HistoryDialog store={store} revisions={revisions} onClose={() => setOpen(false)} />}
    </>
  );
}
