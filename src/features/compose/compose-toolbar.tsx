import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import { useEditorState, useEditorStore } from './editor-store-context';
import { MoreActions } from './more-actions';
import { SaveStatusLine } from './save-status';
import { StatusControl } from './status-control';

interface ComposeToolbarProps {
  previewOpen: boolean;
  previewId: string;
  onTogglePreview: () => void;
  /** Actions shown in the bar itself, after the preview toggle (sharing). */
  main?: ReactNode;
  /** The other actions (export, history), behind "More actions" with the reader view. */
  children?: ReactNode;
}

/**
 * The editor's bar: the issue's title, its editorial status, undo and redo, the preview toggle,
 * the main actions, the rest behind "More actions", and the save status. One row on a laptop; on
 * a phone the title and save status share a line above the buttons, and the editorial status
 * moves into "More actions".
 */
export function ComposeToolbar({
  previewOpen,
  previewId,
  onTogglePreview,
  main,
  children,
}: ComposeToolbarProps) {
  const store = useEditorStore();
  const title = useEditorState((s) => getFrontMatterString(s.issue.frontMatter, 'title') ?? '');
  const issueId = useEditorState((s) => s.issue.id);
  const canUndo = useEditorState((s) => s.past.length > 0);
  const canRedo = useEditorState((s) => s.future.length > 0);
  return (
    <div className="compose-toolbar">
      <h1>{title || 'Untitled issue'}</h1>
      <div className="toolbar" role="toolbar" aria-label="Editor actions">
        <StatusControl place="bar" />
        <button
          type="button"
          className="button"
          disabled={!canUndo}
          title="Undo (Ctrl+Z outside text fields)"
          onClick={() => store.getState().undo()}
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          disabled={!canRedo}
          title="Redo (Ctrl+Shift+Z outside text fields)"
          onClick={() => store.getState().redo()}
        >
          Redo
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={previewOpen}
          aria-controls={previewId}
          onClick={onTogglePreview}
        >
          {previewOpen ? 'Hide preview' : 'Show preview'}
        </button>
        {main}
        <MoreActions>
          <StatusControl place="menu" />
          <Link className="button" to={`/issues/${encodeURIComponent(issueId)}/preview`}>
            Reader view
          </Link>
          {children}
        </MoreActions>
      </div>
      <SaveStatusLine />
    </div>
  );
}
