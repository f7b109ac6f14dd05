// The editor's workspace bar. For a workspace draft: the live status and the people in the issue
// (loaded lazily with Yjs and the provider), and "Take a copy out". For a local draft, once this
// browser is set up for a workspace: "Move to workspace". A local draft in a browser without a
// workspace shows nothing: it stays exactly as it was.

import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Issue } from '../../core/model/types';
import type { IssueRepository } from '../../persistence/issue-repository';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';
import type { EditorStore } from '../../state/create-editor-store';
import { duplicateIssue } from '../library/duplicate-issue';
import { useWorkspaceLink } from './use-workspace-link';
import { useWorkspaceSettings } from './use-workspace-settings';
import './workspace.css';

const WorkspaceLive = lazy(async () => ({
  default: (await import('./workspace-live')).WorkspaceLive,
}));

interface WorkspaceAreaProps {
  store: EditorStore;
  repository: IssueRepository;
  /** The issue the store started from. */
  base: Issue;
}

export function WorkspaceArea({ store, repository, base }: WorkspaceAreaProps) {
  const workspaceStore = workspaceStoreFor(repository);
  const [link, setLink] = useWorkspaceLink(workspaceStore, base.id);
  const { settings } = useWorkspaceSettings(repository);
  const [start, setStart] = useState(base);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const navigate = useNavigate();
  if (link === undefined || settings === undefined || (link === null && settings === null)) {
    return null;
  }
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const move = () =>
    run(async () => {
      if (!settings) return;
      const issue = await store.getState().settledIssue();
      const { moveToWorkspace } = await import('./move-to-workspace');
      const moved = await moveToWorkspace(issue, settings, workspaceStore);
      setStart(issue);
      setLink(moved);
    });
  const takeCopy = () =>
    run(async () => {
      const copy = duplicateIssue(await store.getState().settledIssue(), Date.now());
      await repository.put(copy, 0);
      void navigate(`/issues/${encodeURIComponent(copy.id)}`);
    });
  return (
    <section className="workspace-bar" aria-label="Workspace">
      {link ? (
        <Suspense
          fallback={
            <p role="status" className="workspace-status">
              Opening the workspace copy…
            </p>
          }
        >
          <WorkspaceLive
            store={store}
            workspaceStore={workspaceStore}
            link={link}
            settings={settings ?? undefined}
            base={start}
          />
        </Suspense>
      ) : (
        <p className="workspace-status">This draft is kept in this browser only.</p>
      )}
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => void (link ? takeCopy() : move())}
      >
        {link ? 'Take a copy out' : busy ? 'Moving…' : 'Move to workspace'}
      </button>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
    </section>
  );
}
