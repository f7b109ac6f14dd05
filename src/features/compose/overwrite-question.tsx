import { ModalDialog } from '../../components/modal-dialog';
import type { PendingOverwrite } from './use-site-folder-save';

interface OverwriteQuestionProps {
  pending: PendingOverwrite;
  onReplace: () => void;
  onKeep: () => void;
  /** The button the save was started from, focused again when the question closes. */
  returnFocusTo: Element | null;
}

/**
 * Asked before a save would replace a file of the site that differs from what Broadsheet last
 * imported or exported (someone changed it outside Broadsheet). The focus starts on keeping the
 * file; Escape keeps it too.
 */
export function OverwriteQuestion({
  pending,
  onReplace,
  onKeep,
  returnFocusTo,
}: OverwriteQuestionProps) {
  return (
    <ModalDialog title="Replace the file?" onClose={onKeep} returnFocusTo={returnFocusTo}>
      <p>
        {pending.file} in {pending.site} differs from what Broadsheet last imported or exported: it
        was changed outside Broadsheet. Replace it with this issue?
      </p>
      <div className="actions">
        <button type="button" className="button" data-autofocus onClick={onKeep}>
          Keep the file
        </button>
        <button type="button" className="button button-danger" onClick={onReplace}>
          Replace file
        </button>
      </div>
    </ModalDialog>
  );
}
