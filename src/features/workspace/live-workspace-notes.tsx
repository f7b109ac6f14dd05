import type { WorkspaceLink } from '../../persistence/workspace-store';
import { useEditorState, useEditorStore } from '../compose/editor-store-context';
import { WorkspaceNotesPanel } from './workspace-notes-panel';
import { useLiveNotes } from './use-live-notes';
import type { WorkspaceSettings } from './workspace-settings';

interface LiveWorkspaceNotesProps {
  settings: WorkspaceSettings;
  link: WorkspaceLink;
}

/**
 * The reviewers' live notes beside a workspace issue in the editor, against the issue as it is
 * now; nothing until a reviewer has left one. Loaded only for a workspace draft: it brings Yjs
 * and the Hocuspocus provider.
 */
export function LiveWorkspaceNotes({ settings, link }: LiveWorkspaceNotesProps) {
  const store = useEditorStore();
  const issue = useEditorState((state) => state.issue);
  const notes = useLiveNotes(settings, link);
  if (!notes || notes.length === 0) return null;
  return (
    <WorkspaceNotesPanel
      notes={notes}
      issue={issue}
      onShowCard={(cardId) => store.getState().requestFocus(cardId, 'title')}
    />
  );
}
