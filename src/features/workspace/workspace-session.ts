import { bindIssueDoc } from '../../core/collab/bind-issue-doc';
import { workspaceDocName } from '../../core/collab/workspace-doc-name';
import type { Issue } from '../../core/model/types';
import type { WorkspaceLink, WorkspaceStore } from '../../persistence/workspace-store';
import type { EditorStore } from '../../state/create-editor-store';
import { bindEditorStore } from './bind-editor-store';
import { loadWorkspaceDoc } from './load-workspace-doc';
import { connectWorkspaceDoc, type ConnectionState } from './workspace-connection';
import { delayedFlag } from './delayed-flag';
import { peopleFrom, type Person } from './people-from';
import type { WorkspaceSettings } from './workspace-settings';

/** How long changes wait for the server before the status says they are being sent. */
const SENDING_SHOWN_AFTER_MS = 1000;

export interface SessionSnapshot {
  /** 'elsewhere': the draft is in a workspace this browser is not set up for. */
  connection: ConnectionState | 'elsewhere';
  /** Changes have waited a while for the server (a moment on the way is not shown). */
  sending: boolean;
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
  let current: SessionSnapshot = {
    connection: 'connecting',
    sending: false,
    people: [],
    storageProblem: undefined,
  };
  // Listeners (the status line) hear of a change only when what they show changed.
  const notify = () => {
    const next = read();
    if (sameSnapshot(current, next)) return;
    current = next;
    listeners.forEach((listener) => listener());
  };
  const sending = delayedFlag(SENDING_SHOWN_AFTER_MS, notify);
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
    const next = peopleFrom(states, provider.awareness?.clientID);
    // The others' states are renewed now and then unchanged: the list stays as it was then.
    if (JSON.stringify(next) === JSON.stringify(people)) return;
    people = next;
    notify();
  });
  const stopConnection = connection?.onChange(() => {
    sending.set(connection.unsent() > 0);
    notify();
  });
  function read(): SessionSnapshot {
    return {
      connection: connection?.state() ?? 'elsewhere',
      sending: sending.value(),
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
      sending.stop();
      connection?.close();
      store.getState().setStatusName(undefined);
      unbind();
      binding.destroy();
      stored.stop();
    },
  };
}

function sameSnapshot(a: SessionSnapshot, b: SessionSnapshot): boolean {
  return (
    a.connection === b.connection &&
    a.sending === b.sending &&
    a.people === b.people &&
    a.storageProblem === b.storageProblem
  );
}
