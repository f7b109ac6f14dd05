import { useEditorState, useEditorStore } from './editor-store-context';
import { downloadBackup } from './download-backup';

interface SaveProblemBannerProps {
  /** Replaces this tab's copy with the stored one (after another tab saved). */
  onReload: () => void;
  /** Stores this tab's copy as the draft again (after the stored one was found gone). */
  onSaveAgain: () => void;
  /** Tries the write again (after a storage failure). */
  onRetry: () => void;
}

/**
 * Why saving stopped, and what to do. Another tab's save stops this tab's writes: reloading takes
 * that version (a backup of this tab's first, if wanted). A stored draft that is gone (deleted
 * elsewhere, or the site's data cleared) leaves nothing to reload: this tab's copy is all there
 * is, so storing it again comes first. A storage failure keeps the edits in memory and offers
 * them as a file.
 */
export function SaveProblemBanner({ onReload, onSaveAgain, onRetry }: SaveProblemBannerProps) {
  const store = useEditorStore();
  const problem = useEditorState((s) => s.saveProblem);
  if (!problem) return null;
  const backup = (
    <button
      type="button"
      className="button"
      onClick={() => void store.getState().settledIssue().then(downloadBackup)}
    >
      Download backup
    </button>
  );
  if (problem.kind === 'conflict') {
    return (
      <div className="banner banner-warning save-problem" role="alert">
        <p>
          <strong>This draft changed in another tab.</strong> This tab stopped saving so that
          neither version overwrites the other. Reload to continue with the saved version; download
          a backup first to keep this tab's edits.
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={onReload}>
            Reload
          </button>
          {backup}
        </div>
      </div>
    );
  }
  if (problem.kind === 'gone') {
    return (
      <div className="banner banner-warning save-problem" role="alert">
        <p>
          <strong>{problem.message}</strong> This tab stopped saving. Save this copy again to keep
          it as a draft in this browser, or download a backup.
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={onSaveAgain}>
            Save this copy again
          </button>
          {backup}
        </div>
      </div>
    );
  }
  return (
    <div className="banner banner-error save-problem" role="alert">
      <p>{problem.message}</p>
      <div className="actions">
        {backup}
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
