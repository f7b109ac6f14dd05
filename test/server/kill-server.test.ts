import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../helpers/corpus';
import { editorToken, WorkspaceServerProcess } from '../support/workspace-server-process';
import { titleTypist } from '../support/title-typist';
import { waitFor } from '../support/wait-for';
import { openWorkspaceDoc, type OpenWorkspaceDoc } from '../../src/cli/open-workspace-doc';
import { pushIssue } from '../../src/cli/push-issue';
import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import { findCard, allCards } from '../../src/core/model/ops/locate';
import { exportIssue } from '../../src/core/markdown/export-issue';
import type { Issue } from '../../src/core/model/types';

let server: WorkspaceServerProcess;
const workspace = 'crash';
const name = `${workspace}/056`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const open = () =>
  openWorkspaceDoc({ server: server.url, name, token: editorToken, reconnectDelayMs: 100 });
const titleIn = (client: OpenWorkspaceDoc, cardId: string) =>
  findCard(readIssueFromDoc(client.doc) as Issue, cardId)?.title ?? '';

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
  await pushIssue(readCorpus('056.md'), { server: server.url, workspace, token: editorToken });
});

afterAll(async () => {
  await server?.stop();
});

describe('kill -9 of the server while two clients type', () => {
  it('keeps every acknowledged edit, and the clients converge after the restart', async () => {
    const [a, b] = [await open(), await open()];
    const cards = allCards(readIssueFromDoc(a.doc) as Issue).map(({ card }) => card);
    const [cardA, cardB] = [cards[1], cards[6]];
    if (!cardA || !cardB) throw new Error('056 has cards');
    const typingA = titleTypist(a, cardA.id, 'abcdefghij');
    const typingB = titleTypist(b, cardB.id, 'KLMNOPQRST');
    await sleep(1500);
    await server.kill('SIGKILL');
    // B dies with the server: what it had acknowledged can only come back from the server's disk.
    typingB.stop();
    b.close();
    const ackedB = typingB.acknowledged();
    const ackedA = typingA.acknowledged();
    expect(ackedB.length).toBeGreaterThan(10);
    expect(ackedA.length).toBeGreaterThan(10);
    await sleep(400);
    await server.restart();

    const fresh = await open();
    expect(titleIn(fresh, cardB.id).startsWith(cardB.title + ackedB)).toBe(true);
    expect(titleIn(fresh, cardA.id).startsWith(cardA.title + ackedA)).toBe(true);

    await sleep(300);
    typingA.stop();
    await waitFor(() => expect(a.provider.isSynced && a.provider.unsyncedChanges).toBe(0), 15_000);
    await waitFor(() => expect(titleIn(fresh, cardA.id)).toBe(cardA.title + typingA.typed()), 5000);
    expect(titleIn(a, cardA.id)).toBe(cardA.title + typingA.typed());
    expect(titleIn(a, cardB.id)).toBe(titleIn(fresh, cardB.id));
    expect(exportIssue(readIssueFromDoc(a.doc) as Issue)).toBe(
      exportIssue(readIssueFromDoc(fresh.doc) as Issue),
    );
    a.close();
    fresh.close();
  });
});
