import { useEffect, useState } from 'react';
import type { WorkspaceLink, WorkspaceStore } from '../../persistence/workspace-store';

/** The draft's workspace link: undefined while reading, null for a draft not in a workspace. */
export function useWorkspaceLink(
  store: WorkspaceStore,
  issueId: string,
): [WorkspaceLink | null | undefined, (link: WorkspaceLink | null) => void] {
  const [link, setLink] = useState<WorkspaceLink | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    store.getLink(issueId).then(
      (found) => live && setLink(found ?? null),
      () => live && setLink(null),
    );
    return () => {
      live = false;
    };
  }, [store, issueId]);
  return [link, setLink];
}
