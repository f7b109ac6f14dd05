import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readCorpus } from '../helpers/corpus';
import {
  editorToken,
  reviewToken,
  WorkspaceServerProcess,
} from '../support/workspace-server-process';
import { waitFor } from '../support/wait-for';
import {
  openWorkspaceDoc,
  WorkspaceRefusedError,
  type OpenWorkspaceDoc,
} from '../../src/cli/open-workspace-doc';
import { pushIssue } from '../../src/cli/push-issue';
import { pullIssue } from '../../src/cli/pull-issue';
import { notesDocName } from '../../src/core/collab/notes-doc-name';
import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import { readLiveNotes } from '../../src/core/collab/read-live-notes';
import { writeIssueToDoc } from '../../src/core/collab/write-issue-to-doc';
import { writeLiveNote } from '../../src/core/collab/write-live-note';
import { updateCardFields } from '../../src/core/model/ops/card-ops';
import { allCards } from '../../src/core/model/ops/locate';
import type { Issue } from '../../src/core/model/types';

// Issue 14, item 4: a reviewer reads the issue and cannot change it, and writes notes and "fine"
// marks that reach the editors, through the notes document beside the issue's.

let server: WorkspaceServerProcess;
const workspace = 'reviewing';
const issueName = `${workspace}/056`;
const notesName = notesDocName(workspace, '056');
const text = readCorpus('056.md');
const opened: OpenWorkspaceDoc[] = [];

const open = async (name: string, token: string) => {
  const client = await openWorkspaceDoc({ server: server.url, name, token });
  opened.push(client);
  return client;
};

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
  await pushIssue(text, { server: server.url, workspace, token: editorToken });
});

/**
 * Resolves when the server answers an update on `client`'s document with "not applied" (the
 * sync status message, type 8, with 0): it has read the update and dropped it.
 */
function refusedUpdate(client: OpenWorkspaceDoc): Promise<void> {
  return new Promise((resolve) => {
    const listen = ({ message }: { message: IncomingMessage }) => {
      message.readVarString();
      if (message.readVarUint() !== SYNC_STATUS || message.readVarUint() !== 0) return;
      client.provider.off('message', listen);
      resolve();
    };
    client.provider.on('message', listen);
  });
}

interface IncomingMessage {
  readVarString(): string;
  readVarUint(): number;
}

const SYNC_STATUS = 8;

afterAll(async () => {
  opened.forEach((client) => client.close());
  await server?.stop();
});

describe('a reviewer connection', () => {
  it('has its update to the issue document dropped', async () => {
    const editor = await open(issueName, editorToken);
    const reviewer = await open(issueName, reviewToken);
    expect(reviewer.readOnly()).toBe(true);
    const before = readIssueFromDoc(reviewer.doc) as Issue;
    const card = allCards(before)[0]?.card;
    if (!card) throw new Error('056 has cards');
    const refused = refusedUpdate(reviewer);
    writeIssueToDoc(reviewer.doc, before, updateCardFields(before, card.id, { title: 'Hijacked' }));
    await refused;
    expect(allCards(readIssueFromDoc(editor.doc) as Issue)[0]?.card.title).toBe(card.title);
    const fresh = await open(issueName, editorToken);
    expect(allCards(readIssueFromDoc(fresh.doc) as Issue)[0]?.card.title).toBe(card.title);
  });

  it('has its note in the notes document kept, and seen live by an editor', async () => {
    const editor = await open(notesName, editorToken);
    const reviewer = await open(notesName, reviewToken);
    expect(reviewer.readOnly()).toBe(false);
    writeLiveNote(
      reviewer.doc,
      { key: 'c1abc', note: 'Check the date', fine: true, by: 'Rita' },
      7,
    );
    await reviewer.acknowledged();
    await waitFor(() => expect(readLiveNotes(editor.doc)).toHaveLength(1));
    expect(readLiveNotes(editor.doc)).toEqual([
      { key: 'c1abc', note: 'Check the date', fine: true, by: 'Rita', at: 7 },
    ]);
    reviewer.close();
    // Kept by the server, not only passed on: a connection opened afterwards reads it.
    const later = await open(notesName, reviewToken);
    expect(readLiveNotes(later.doc).map((note) => note.note)).toEqual(['Check the date']);
  });

  it('and an editor both write the notes; the issue stays as pushed', async () => {
    const editor = await open(notesName, editorToken);
    writeLiveNote(editor.doc, { key: 'c2', note: 'Answered', fine: false, by: 'Ed' }, 8);
    await editor.acknowledged();
    const reviewer = await open(notesName, reviewToken);
    expect(readLiveNotes(reviewer.doc).map((note) => note.by)).toContain('Ed');
    expect(await pullIssue({ server: server.url, workspace, token: editorToken }, '056')).toBe(
      text,
    );
  });
});

describe('a wrong token', () => {
  it.each([
    ['the issue', issueName],
    ['the notes', notesName],
  ])('gets nothing of %s', async (_, name) => {
    const opening = openWorkspaceDoc({ server: server.url, name, token: 'not-the-token' });
    await expect(opening).rejects.toThrow(WorkspaceRefusedError);
  });

  it('writes nothing into the notes', async () => {
    const doc = new Y.Doc();
    writeLiveNote(doc, { key: 'c3', note: 'Spam', fine: false, by: 'Eve' }, 9);
    const socket = new HocuspocusProviderWebsocket({
      url: server.url,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: notesName,
      token: 'wrong-token',
      document: doc,
    });
    provider.attach();
    await new Promise((resolve) => provider.on('authenticationFailed', resolve));
    provider.destroy();
    socket.destroy();
    const reader = await open(notesName, editorToken);
    expect(readLiveNotes(reader.doc).map((note) => note.key)).not.toContain('c3');
  });

  it('and other document names are refused even with the editor token', async () => {
    for (const name of [`${issueName}/review`, `${notesName}/notes`, `${workspace}/notes/x/y`]) {
      const opening = openWorkspaceDoc({ server: server.url, name, token: editorToken });
      await expect(opening).rejects.toThrow(WorkspaceRefusedError);
    }
  });
});
