import type { SaveProblem, SaveStatus } from '../../state/editor-state';
import { useEditorState } from './editor-store-context';

function statusText(status: SaveStatus, problem: SaveProblem['kind'] | undefined): string {
  switch (status) {
    case 'saved':
      return 'All changes saved';
    case 'pending':
    case 'saving':
      return 'Saving...';
    case 'error':
      switch (problem) {
        case 'conflict':
          return 'Not saved: this draft changed in another tab';
        case 'gone':
          return "Not saved: this draft is no longer in the browser's storage";
        default:
          return 'Not saved: the browser storage failed';
      }
  }
}

/** The status line: "Saving...", "All changes saved", or why nothing is being saved. */
export function SaveStatusLine() {
  const status = useEditorState((s) => s.saveStatus);
  const problem = useEditorState((s) => s.saveProblem?.kind);
  return (
    <p role="status" className={`save-status save-status-${status}`}>
      {statusText(status, problem)}
    </p>
  );
}
