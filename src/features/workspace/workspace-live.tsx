// The live part of a workspace issue in the editor, loaded only for a workspace draft (it brings
// Yjs and the Hocuspocus provider): the session for the screen's lifetime, its status line, and
// the people in the issue with the card each is on, and the reviewer link when this browser holds
// the workspace's reviewer token.

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Issue } from '../../core/model/types';
import type { WorkspaceLink, WorkspaceStore } from '../../persistence/workspace-store';
import { blockById } from '../../state/block-index';
import type { EditorStore } from '../../state/create-editor-store';
import { useEditorState } from '../compose/editor-store-context';
import { connectionMessage } from './connection-message';
import { CopyReviewerLink } from './copy-reviewer-link';
import type { Person } from './people-from';
import { startWorkspaceSession, type WorkspaceSession } from './workspace-session';
import type { WorkspaceSettings } from './workspace-settings';

export interface WorkspaceLiveProps {
  store: EditorStore;
  workspaceStore: WorkspaceStore;
  link: WorkspaceLink;
  settings: WorkspaceSettings | undefined;
  base: Issue;
}

export function WorkspaceLive(props: WorkspaceLiveProps) {
  const session = useSession(props);
  if (!session) {
    return (
      <p role="status" className="workspace-status">
        Opening the workspace copy…
      </p>
    );
  }
  const { link, settings } = props;
  const reviewToken = settings?.workspace === link.workspace ? settings.reviewToken : undefined;
  return (
    <>
      <SessionView session={session} workspace={link.workspace} />
      {settings && reviewToken && (
        <CopyReviewerLink
          target={{
            server: settings.server,
            workspace: link.workspace,
            slug: link.slug,
            token: reviewToken,
          }}
        />
      )}
    </>
  );
}

function useSession(props: WorkspaceLiveProps): WorkspaceSession | undefined {
  const [session, setSession] = useState<WorkspaceSession>();
  const { store, workspaceStore, link, settings, base } = props;
  useEffect(() => {
    let live = true;
    let started: WorkspaceSession | undefined;
    void startWorkspaceSession({ store, workspaceStore, link, settings, base }).then((s) => {
      if (!live) return s.destroy();
      started = s;
      setSession(s);
    });
    return () => {
      live = false;
      started?.destroy();
    };
  }, [store, workspaceStore, link, settings, base]);
  useEffect(() => {
    if (!session) return;
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      session.setCard(
        target?.closest('[data-block-id]')?.getAttribute('data-block-id') ?? undefined,
      );
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [session]);
  return session;
}

function SessionView({ session, workspace }: { session: WorkspaceSession; workspace: string }) {
  const snapshot = useSyncExternalStore(session.subscribe, session.snapshot);
  const refused = snapshot.connection === 'refused' || snapshot.storageProblem !== undefined;
  return (
    <>
      <p
        role="status"
        className={`workspace-status workspace-status-${snapshot.connection}${refused ? ' workspace-status-refused' : ''}`}
      >
        {connectionMessage(snapshot, workspace)}
      </p>
      <People people={snapshot.people} />
    </>
  );
}

function People({ people }: { people: Person[] }) {
  const issue = useEditorState((s) => s.issue);
  if (people.length === 0) return <p className="workspace-alone">Nobody else is in this issue.</p>;
  return (
    <ul className="workspace-people" aria-label="People in this issue">
      {people.map((person) => {
        const block = person.cardId ? blockById(issue, person.cardId)?.block : undefined;
        const where = block?.kind === 'card' ? `, on “${block.title || 'an untitled card'}”` : '';
        return (
          <li key={person.clientId} className="workspace-person">
            {person.name}
            {where}
          </li>
        );
      })}
    </ul>
  );
}
