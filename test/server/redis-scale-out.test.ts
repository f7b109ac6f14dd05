import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../helpers/corpus';
import { editorToken, WorkspaceServerProcess } from '../support/workspace-server-process';
import { RedisServerProcess } from '../support/redis-server-process';
import { titleTypist } from '../support/title-typist';
import { waitFor } from '../support/wait-for';
import { openWorkspaceDoc, type OpenWorkspaceDoc } from '../../src/cli/open-workspace-doc';
import { pushIssue } from '../../src/cli/push-issue';
import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import { allCards, findCard } from '../../src/core/model/ops/locate';
import { exportIssue } from '../../src/core/markdown/export-issue';
import type { Issue } from '../../src/core/model/types';

let redis: RedisServerProcess;
let servers: WorkspaceServerProcess[] = [];
const workspace = 'scale-out';
const name = `${workspace}/056`;
const text = readCorpus('056.md');
const issueIn = (client: OpenWorkspaceDoc) => readIssueFromDoc(client.doc);

beforeAll(async () => {
  redis = await RedisServerProcess.start();
  // Each server with its own data folder: what one client sees of the other's edits came
  // through Redis, not through a shared database file.
  servers = [
    await WorkspaceServerProcess.start({ redisUrl: redis.url }),
    await WorkspaceServerProcess.start({ redisUrl: redis.url }),
  ];
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await redis?.stop();
});

describe('two servers sharing one redis-server', () => {
  it('a client on each sees the issue and the edits made through the other', async () => {
    const [first, second] = servers as [WorkspaceServerProcess, WorkspaceServerProcess];
    await pushIssue(text, { server: first.url, workspace, token: editorToken });
    const open = (server: WorkspaceServerProcess) =>
      openWorkspaceDoc({ server: server.url, name, token: editorToken });
    const [a, b] = [await open(first), await open(second)];
    await waitFor(() => expect(issueIn(b) && exportIssue(issueIn(b) as Issue)).toBe(text), 10_000);

    const cards = allCards(issueIn(a) as Issue).map(({ card }) => card);
    const [cardA, cardB] = [cards[2], cards[9]];
    if (!cardA || !cardB) throw new Error('056 has cards');
    const typingA = titleTypist(a, cardA.id, 'first server ', 20);
    const typingB = titleTypist(b, cardB.id, 'second server ', 20);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    typingA.stop();
    typingB.stop();
    const wanted = (client: OpenWorkspaceDoc) => {
      const issue = issueIn(client) as Issue;
      expect(findCard(issue, cardA.id)?.title).toBe(cardA.title + typingA.typed());
      expect(findCard(issue, cardB.id)?.title).toBe(cardB.title + typingB.typed());
    };
    await waitFor(() => wanted(a), 10_000);
    await waitFor(() => wanted(b), 10_000);
    expect(typingA.typed().length).toBeGreaterThan(10);
    expect(exportIssue(issueIn(a) as Issue)).toBe(exportIssue(issueIn(b) as Issue));
    a.close();
    b.close();
  });
});
