import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { ToastRegion } from '../../components/toast';
import { useToast } from '../../components/use-toast';
import type { EditorStore } from '../../state/create-editor-store';
import type { HistoryRevisions, RestoreDone } from './history-dialog';
import { undoRestore } from './restore-revision';

// The dialog, react-query which reads the history for it, and the line diff load when History is
// first pressed: the editor's first load does not carry them.
const HistoryDialog = lazy(async () => ({
  default: (await import('./history-dialog')).HistoryDialog,
}));

interface HistoryButtonProps {
  store: EditorStore;
  revisions: HistoryRevisions;
}

/**
 * The "History" button, the dialog it opens, and after a restore a toast to undo it. The toast
 * sits on the page itself, not in the panel the button may be hidden in.
 */
export function HistoryButton({ store, revisions }: HistoryButtonProps) {
  const [open, setOpen] = useState(false);
  const [restored, setRestored] = useState<RestoreDone>();
  const toast = useToast();
  const { show } = toast;

  // Once the dialog has closed (and given the focus back), the toast takes it to its Undo.
  useEffect(() => {
    if (open || restored === undefined) return;
    setRestored(undefined);
    show({
      text: `Restored the version of ${restored.when}.`,
      actionLabel: 'Undo restore',
      focusAction: true,
      onAction: () => {
        const undone = undoRestore(store, restored);
        show({ text: undone ? 'Restore undone.' : 'This tab is read-only: nothing was undone.' });
      },
    });
  }, [open, restored, store, show]);

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        History
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryDialog
            store={store}
            revisions={revisions}
            onClose={() => setOpen(false)}
            onRestored={(done) => {
              setRestored(done);
              setOpen(false);
            }}
          />
        </Suspense>
      )}
      {createPortal(<ToastRegion {...toast} />, document.body)}
    </>
  );
}
