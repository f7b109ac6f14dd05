import { bindIssueDoc } from '../../core/collab/bind-issue-doc';
import { workspaceDocName } from '../../core/collab/workspace-doc-name';
import type { Issue } from '../../core/model/types';
import type { WorkspaceLink, WorkspaceStore } from '../../persistence/workspace-store';
import type { EditorStore } from '../../state/create-editor-store';
import { bindEditorStore } from './bind-editor-store';
import { loadWorkspaceDoc } from './load-workspace-doc';
import { connectWorkspaceDoc, type ConnectionState } from './workspace-connection';
import { peopleFrom, type Person } from './people-from';
import type { WorkspaceSettings } from './workspace-settings';

export interface SessionSnapshot {
  /** 'elsewhere': the draft is in a workspace this browser is not set up for. */
  connection: ConnectionState | 'elsewhere';
  unsent: number;
  /** The others in the issue, and the card each is on. */
  people: Person[];
  /** Why an update could not be kept in this browser, if one could not. */
  storageProblem: string | undefined;
}

export interface WorkspaceSession {
  snapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** Tells the others which card this person is on (undefined: none). */
  setCard(cardId: string | undefined): void;
  destroy(): void;
}

/**
 * A workspace issue open in the editor: its offline copy loaded from this browser, the editor's
 * store bound to it, and, when this browser is set up for its workspace, the live connection to
 * the server with the people in the issue (awareness). A status set meanwhile is signed with the
 * name in this browser's workspace settings.
 */
export async function startWorkspaceSession(options: {
  store: EditorStore;
  workspaceStore: WorkspaceStore;
  link: WorkspaceLink;
  settings: WorkspaceSettings | undefined;
  base: Issue;
}): Promise<WorkspaceSession> {
  const { store, link, settings } = options;
  const listeners = new Set<() => void>();
  let current: SessionSnapshot;
  const notify = () => {
    current = read();
    listeners.forEach((listener) => listener());
  };
  const stored = await loadWorkspaceDoc(options.workspaceStore, link.issueId, () => notify());
  const binding = bindIssueDoc(stored.doc);
  const unbind = bindEditorStore(store, binding, options.base);
  store.getState().setStatusName(settings?.name);
  const connection =
    settings && settings.workspace === link.workspace
      ? connectWorkspaceDoc(
          settings.server,
          workspaceDocName(link.workspace, link.slug),
          settings.token,
          stored.doc,
        )
      : undefined;
  const provider = connection?.provider;
  let people: Person[] = [];
  const user = (cardId: string | undefined) => ({
    name: settings?.name ?? '',
    card: cardId ?? null,
  });
  provider?.setAwarenessField('user', user(undefined));
  provider?.on('awarenessUpdate', ({ states }: { states: { clientId: number }[] }) => {
    people = peopleFrom(states, provider.awareness?.clientID);
    notify();
  });
  const stopConnection = connection?.onChange(notify);
  function read(): SessionSnapshot {
    return {
      connection: connection?.state() ?? 'elsewhere',
      unsent: connection?.unsent() ?? 0,
      people,
      storageProblem: stored.problem(),
    };
  }
  current = read();
  return {
    snapshot: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setCard: (cardId) => provider?.setAwarenessField('user', user(cardId)),
    destroy: () => {
      listeners.clear();
      stopConnection?.();
      connection?.close();
      store.getState().setStatusName(undefined);
      unbind();
      binding.destroy();
      stored.stop();
    },
  };
}
