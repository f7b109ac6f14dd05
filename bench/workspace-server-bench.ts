import { openWorkspaceDoc, type OpenWorkspaceDoc } from '../src/cli/open-workspace-doc';
import { pushIssue } from '../src/cli/push-issue';
import { readIssueFromDoc } from '../src/core/collab/read-issue-from-doc';
import { allCards } from '../src/core/model/ops/locate';
import type { Issue } from '../src/core/model/types';
import { corpusFiles, readCorpus } from '../test/helpers/corpus';
import { sharedTitle } from '../test/support/shared-title';
import { titleTypist, type TitleTypist } from '../test/support/title-typist';
import { editorToken, WorkspaceServerProcess } from '../test/support/workspace-server-process';
import { percentile } from './stats';
import { syntheticIssue } from './synthetic-issues';

const BIG_ISSUES = 5;
const ISSUES = 200;
const CLIENTS_PER_ISSUE = 5;
const TYPING_MS = 10_000;
const KEY_EVERY_MS = 250;

/**
 * The workspace server under load on loopback, in its own process as `npm run server` starts it
 * (issue "A team workspace"), with Hocuspocus providers in this process as the clients:
 * - serverRssIdleMiB: the server's resident memory before any issue is opened;
 * - serverMiBPer500CardIssue: its growth with five 500-card issues open (one client each),
 *   divided by five;
 * - serverRss200Issues5ClientsMiB: its memory with 200 issues (the corpus issues, repeated
 *   under other slugs) open by five clients each, 1,000 connections, and workspaceConnect1000Ms
 *   the time those clients took to connect and sync;
 * - workspacePropagationP50MsLoaded/P95: with those 1,000 clients, one on each issue types into
 *   a card's title (a key every 250 ms for 10 s) and the four others note when each character
 *   arrives.
 */
export async function workspaceServerBench(): Promise<Record<string, number>> {
  const server = await WorkspaceServerProcess.start();
  const clients: OpenWorkspaceDoc[] = [];
  try {
    const idle = server.rssMiB();
    const results: Record<string, number> = { serverRssIdleMiB: round(idle) };
    const big = syntheticIssue(500);
    for (let i = 0; i < BIG_ISSUES; i++) {
      await pushIssue(big, {
        server: server.url,
        workspace: 'big',
        token: editorToken,
        slug: `big-${i}`,
      });
      clients.push(await open(server, `big/big-${i}`));
    }
    results.serverMiBPer500CardIssue = round((server.rssMiB() - idle) / BIG_ISSUES);
    clients.splice(0).forEach((client) => client.close());

    const corpus = corpusFiles();
    const slugs = Array.from({ length: ISSUES }, (_, i) => `issue-${i}`);
    for (const [i, slug] of slugs.entries()) {
      const file = readCorpus(corpus[i % corpus.length] as string);
      await pushIssue(file, { server: server.url, workspace: 'load', token: editorToken, slug });
    }
    const started = performance.now();
    for (const slug of slugs)
      for (let k = 0; k < CLIENTS_PER_ISSUE; k++) clients.push(await open(server, `load/${slug}`));
    results.workspaceConnect1000Ms = Math.round(performance.now() - started);
    results.serverRss200Issues5ClientsMiB = round(server.rssMiB());
    const delays = await typeAndWatch(clients);
    results.workspacePropagationP50MsLoaded = round(percentile(delays, 50));
    results.workspacePropagationP95MsLoaded = round(percentile(delays, 95));
    return results;
  } finally {
    clients.forEach((client) => client.close());
    await server.stop();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

function open(server: WorkspaceServerProcess, name: string): Promise<OpenWorkspaceDoc> {
  return openWorkspaceDoc({ server: server.url, name, token: editorToken });
}

/**
 * The first client of each issue types into its first card's title; the others note how long
 * each character took to reach them. Returns those delays in ms.
 */
async function typeAndWatch(clients: OpenWorkspaceDoc[]): Promise<number[]> {
  const delays: number[] = [];
  const typists: TitleTypist[] = [];
  for (let first = 0; first < clients.length; first += CLIENTS_PER_ISSUE) {
    const typist = clients[first] as OpenWorkspaceDoc;
    const card = allCards(readIssueFromDoc(typist.doc) as Issue)[0]?.card;
    if (!card) throw new Error('an issue of the corpus has no card');
    const typing = titleTypist(typist, card.id, 'abcdefgh ', KEY_EVERY_MS);
    typists.push(typing);
    for (const watcher of clients.slice(first + 1, first + CLIENTS_PER_ISSUE)) {
      const title = sharedTitle(watcher.doc, card.id);
      const base = title.length;
      let seen = 0;
      title.observe(() => {
        const now = performance.now();
        for (; seen < title.length - base; seen++) {
          const at = typing.typedAt[seen];
          if (at !== undefined) delays.push(now - at);
        }
      });
    }
  }
  await new Promise((resolve) => setTimeout(resolve, TYPING_MS));
  typists.forEach((typing) => typing.stop());
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return delays.sort((a, b) => a - b);
}
