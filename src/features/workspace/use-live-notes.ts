import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import type { LiveReviewNote } from '../../core/collab/live-review-note';
import { notesDocName } from '../../core/collab/notes-doc-name';
import { readLiveNotes } from '../../core/collab/read-live-notes';
import type { WorkspaceLink } from '../../persistence/workspace-store';
import { connectWorkspaceDoc } from './workspace-connection';
import type { WorkspaceSettings } from './workspace-settings';

/**
 * The reviewers' notes on a workspace issue, live from its notes document on the server (read
 * with the editor's token): undefined until the server has sent them. Kept in memory only: the
 * notes are the reviewers', and an editor offline sees them again once back.
 */
export function useLiveNotes(
  settings: Pick<WorkspaceSettings, 'server' | 'token'>,
  link: Pick<WorkspaceLink, 'workspace' | 'slug'>,
): LiveReviewNote[] | undefined {
  const [notes, setNotes] = useState<LiveReviewNote[]>();
  const { server, token } = settings;
  const { workspace, slug } = link;
  useEffect(() => {
    const doc = new Y.Doc();
    const connection = connectWorkspaceDoc(server, notesDocName(workspace, slug), token, doc);
    const read = () => {
      if (connection.provider.isSynced) setNotes(readLiveNotes(doc));
    };
    doc.on('update', read);
    connection.provider.on('synced', read);
    return () => {
      connection.close();
      doc.destroy();
      setNotes(undefined);
    };
  }, [server, token, workspace, slug]);
  return notes;
}
