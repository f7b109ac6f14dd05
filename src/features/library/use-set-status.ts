// The library row's status select: reads the draft, sets its status (and its `draft` key where
// the front matter has one) and writes it back at the revision it read, so a change made
// meanwhile in an editor is not overwritten. A workspace draft's status goes into its workspace
// document first (signed with the name in the workspace settings, as the editor signs it), so it
// reaches the others and the next open keeps it. A failure is shown in the toast.

import { useCallback } from 'react';
import { useRepository } from '../../components/repository-context';
import type { ToastControls } from '../../components/use-toast';
import type { IssueStatus } from '../../core/model/types';
import { setIssueStatus } from '../../core/status/set-issue-status';
import type { IssueSummary } from '../../persistence/issue-repository';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';
import { readWorkspaceSettings } from '../workspace/workspace-settings';
import { writeWorkspaceStatus } from '../workspace/write-workspace-status';
import { nameOf } from './use-library-actions';

export function useSetStatus(
  toast: ToastControls,
): (summary: IssueSummary, status: IssueStatus) => Promise<void> {
  const repository = useRepository();
  const { show } = toast;
  return useCallback(
    async (summary, status) => {
      try {
        const stored = await repository.get(summary.id);
        if (stored === undefined) return;
        const now = Date.now();
        const workspace = workspaceStoreFor(repository);
        const linked = (await workspace.getLink(summary.id)) !== undefined;
        const setBy = linked ? (await readWorkspaceSettings(repository))?.name : undefined;
        const issue = setIssueStatus(stored.issue, status, now, setBy);
        if (issue === stored.issue) return;
        if (linked) await writeWorkspaceStatus(workspace, summary.id, status, { now, setBy });
        await repository.put({ ...issue, updatedAt: now }, stored.rev);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        show({ text: `Could not change the status of ${nameOf(summary)}: ${reason}` });
      }
    },
    [repository, show],
  );
}
