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
import { runCli } from '../support/run-cli';
import { openWorkspaceDoc, WorkspaceRefusedError } from '../../src/cli/open-workspace-doc';
import { pushIssue } from '../../src/cli/push-issue';
import { pullIssue } from '../../src/cli/pull-issue';
import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import { writeIssueToDoc } from '../../src/core/collab/write-issue-to-doc';
import { updateCardFields } from '../../src/core/model/ops/card-ops';
import { allCards } from '../../src/core/model/ops/locate';
import type { Issue } from '../../src/core/model/types';

let server: WorkspaceServerProcess;
const workspace = 'tokens';
const text = readCorpus('056.md');

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
  await pushIssue(text, { server: server.url, workspace, token: editorToken });
});

afterAll(async () => {
  await server?.stop();
});

describe('a connection without the right token gets nothing', () => {
  it.each([
    ['no token', ''],
    ['a wrong token', 'not-the-token'],
    ['the token with a character more', `${editorToken}x`],
  ])('%s is refused and receives none of the issue', async (_, token) => {
    const opening = openWorkspaceDoc({ server: server.url, name: `${workspace}/056`, token });
    await expect(opening).rejects.toThrow(WorkspaceRefusedError);
  });

  it('a refused client holds an empty document, though the server has the issue', async () => {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({
      url: server.url,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: `${workspace}/056`,
      token: 'wrong-token',
      document: doc,
    });
    provider.attach();
    await new Promise((resolve) => provider.on('authenticationFailed', resolve));
    // Time for anything the server might wrongly send after the refusal to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
    expect(provider.isSynced).toBe(false);
    provider.destroy();
    socket.destroy();
    expect(await pullIssue({ server: server.url, workspace, token: editorToken }, '056')).toBe(
      text,
    );
  });

  it('a document name that is not <workspace>/<slug> is refused even with the token', async () => {
    const opening = openWorkspaceDoc({ server: server.url, name: '../056', token: editorToken });
    await expect(opening).rejects.toThrow(WorkspaceRefusedError);
  });

  it('the CLI exits 2 with one line on stderr when the token is refused', async () => {
    const result = await runCli(['pull', '056', '--server', server.url, '--workspace', workspace], {
      BROADSHEET_TOKEN: 'wrong-token',
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/refused the token/);
  });
});

describe('a reviewer reads and cannot write', () => {
  it('reads the issue live', async () => {
    const reviewer = { server: server.url, workspace, token: reviewToken };
    expect(await pullIssue(reviewer, '056')).toBe(text);
  });

  it('an edit made on a reviewer connection reaches neither the server nor the editors', async () => {
    const name = `${workspace}/056`;
    const editor = await openWorkspaceDoc({ server: server.url, name, token: editorToken });
    const reviewer = await openWorkspaceDoc({ server: server.url, name, token: reviewToken });
    expect(reviewer.readOnly()).toBe(true);
    const before = readIssueFromDoc(reviewer.doc) as Issue;
    const card = allCards(before)[0]?.card;
    if (!card) throw new Error('056 has cards');
    writeIssueToDoc(reviewer.doc, before, updateCardFields(before, card.id, { title: 'Hijacked' }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(allCards(readIssueFromDoc(editor.doc) as Issue)[0]?.card.title).toBe(card.title);
    reviewer.close();
    editor.close();
    expect(await pullIssue({ server: server.url, workspace, token: editorToken }, '056')).toBe(
      text,
    );
  });

  it('push with the reviewer token exits 2', async () => {
    const result = await runCli(
      ['push', 'test/fixtures/eks-news/057.md', '--server', server.url, '--workspace', workspace],
      { BROADSHEET_TOKEN: reviewToken },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/may only read/);
  });
});
