import { lazy, Suspense, useEffect, useState } from 'react';
import type { IssueRepository } from '../../persistence/issue-repository';
import type { WorkspaceLink } from '../../persistence/workspace-store';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';
import { useEditorState, useEditorStore } from '../compose/editor-store-context';
import { useWorkspaceSettings } from './use-workspace-settings';

const LiveWorkspaceNotes = lazy(async () => ({
  default: (await import('./live-workspace-notes')).LiveWorkspaceNotes,
}));

/**
 * Reviewers' notes from reviewer links, for a workspace draft in a browser set up for its
 * workspace; nothing for any other draft (and nothing more is loaded for it). The draft's link
 * is read once the editor is bound to the workspace copy, so a draft just moved into the
 * workspace gets its notes too.
 */
export function WorkspaceReviewNotes({ repository }: { repository: IssueRepository }) {
  const store = useEditorStore();
  const shared = useEditorState((state) => state.liveShared);
  const [link, setLink] = useState<WorkspaceLink>();
  const { settings } = useWorkspaceSettings(repository);
  useEffect(() => {
    if (!shared) return;
    let live = true;
    workspaceStoreFor(repository)
      .getLink(store.getState().issue.id)
      .then(
        (found) => live && setLink(found),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [shared, repository, store]);
  if (!link || !settings || settings.workspace !== link.workspace) return null;
  return (
    <Suspense fallback={null}>
      <LiveWorkspaceNotes settings={settings} link={link} />
    </Suspense>
  );
}
