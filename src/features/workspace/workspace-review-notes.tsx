import { lazy, Suspense } from 'react';
import type { IssueRepository } from '../../persistence/issue-repository';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';
import { useEditorStore } from '../compose/editor-store-context';
import { useWorkspaceLink } from './use-workspace-link';
import { useWorkspaceSettings } from './use-workspace-settings';

const LiveWorkspaceNotes = lazy(async () => ({
  default: (await import('./live-workspace-notes')).LiveWorkspaceNotes,
}));

/**
 * Reviewers' notes from reviewer links, for a workspace draft in a browser set up for its
 * workspace; nothing for any other draft (and nothing more is loaded for it).
 */
export function WorkspaceReviewNotes({ repository }: { repository: IssueRepository }) {
  const store = useEditorStore();
  const [link] = useWorkspaceLink(workspaceStoreFor(repository), store.getState().issue.id);
  const { settings } = useWorkspaceSettings(repository);
  if (!link || !settings || settings.workspace !== link.workspace) return null;
  return (
    <Suspense fallback={null}>
      <LiveWorkspaceNotes settings={settings} link={link} />
    </Suspense>
  );
}
