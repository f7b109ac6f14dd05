import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../helpers/corpus';
import { editorToken, WorkspaceServerProcess } from '../support/workspace-server-process';
import { titleTypist, type TitleTypist } from '../support/title-typist';
import { sharedTitle } from '../support/shared-title';
import { waitFor } from '../support/wait-for';
import { openWorkspaceDoc, type OpenWorkspaceDoc } from '../../src/cli/open-workspace-doc';
import { pushIssue } from '../../src/cli/push-issue';
import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import { allCards, findCard } from '../../src/core/model/ops/locate';
import { exportIssue } from '../../src/core/markdown/export-issue';
import type { Issue } from '../../src/core/model/types';

// A bounded load test on loopback: 50 clients (the Hocuspocus provider in Node) on 10 issues, each
// typing into its own card's title for 30 s (BROADSHEET_LOAD_SECONDS), while the other four on
// the issue watch. It asserts that everyone converges on everything typed; the propagation
// times and the server's memory are printed, not asserted (budgets belong in npm run bench).
const seconds = Number(process.env.BROADSHEET_LOAD_SECONDS ?? '30');
const slugs = ['060', '061', '062', '064', '065', '066', '067', '068', '069', '071'];
const perIssue = 5;
const workspace = 'load';
let server: WorkspaceServerProcess;

interface Typist {
  client: OpenWorkspaceDoc;
  slug: string;
  cardId: string;
  baseTitle: string;
  typing?: TitleTypist;
}

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
  for (const slug of slugs) {
    await pushIssue(readCorpus(`${slug}.md`), {
      server: server.url,
      workspace,
      token: editorToken,
    });
  }
});

afterAll(async () => {
  await server?.stop();
});

async function openTypists(): Promise<Typist[]> {
  const typists: Typist[] = [];
  for (const slug of slugs) {
    for (let k = 0; k < perIssue; k++) {
      const name = `${workspace}/${slug}`;
      const client = await openWorkspaceDoc({ server: server.url, name, token: editorToken });
      const card = allCards(readIssueFromDoc(client.doc) as Issue)[k]?.card;
      if (!card) throw new Error(`${slug} has fewer than ${perIssue} cards`);
      typists.push({ client, slug, cardId: card.id, baseTitle: card.title });
    }
  }
  return typists;
}

/** Each client watches the other typists' titles on its issue and notes how late each character came. */
function watchPropagation(typists: Typist[], delays: number[]): void {
  for (const watcher of typists) {
    for (const typist of typists) {
      if (typist === watcher || typist.slug !== watcher.slug) continue;
      const title = sharedTitle(watcher.client.doc, typist.cardId);
      let seen = 0;
      title.observe(() => {
        const arrived = title.length - typist.baseTitle.length;
        const now = performance.now();
        for (; seen < arrived; seen++) {
          const at = typist.typing?.typedAt[seen];
          if (at !== undefined) delays.push(now - at);
        }
      });
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

function expectConverged(typists: Typist[]): void {
  for (const watcher of typists) {
    const issue = readIssueFromDoc(watcher.client.doc) as Issue;
    for (const typist of typists.filter((t) => t.slug === watcher.slug)) {
      expect(findCard(issue, typist.cardId)?.title).toBe(
        typist.baseTitle + (typist.typing?.typed() ?? ''),
      );
    }
  }
}

describe(`${slugs.length * perIssue} clients on ${slugs.length} issues typing for ${seconds} s`, () => {
  it('converge, with the propagation and the server memory reported', async () => {
    const typists = await openTypists();
    const delays: number[] = [];
    watchPropagation(typists, delays);
    const rss: number[] = [server.rssMiB()];
    const sampler = setInterval(() => rss.push(server.rssMiB()), 1000);
    for (const typist of typists)
      typist.typing = titleTypist(typist.client, typist.cardId, 'abcdefgh ', 150);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    for (const typist of typists) typist.typing?.stop();
    await waitFor(() => expectConverged(typists), 30_000);
    clearInterval(sampler);
    for (const slug of slugs) {
      const exports = typists
        .filter((t) => t.slug === slug)
        .map((t) => exportIssue(readIssueFromDoc(t.client.doc) as Issue));
      expect(new Set(exports).size).toBe(1);
    }
    const typed = typists.reduce((sum, t) => sum + (t.typing?.typed().length ?? 0), 0);
    const sorted = [...delays].sort((x, y) => x - y);
    expect(sorted.length).toBe(typed * (perIssue - 1));
    console.log(
      `load: ${typists.length} clients, ${typed} keystrokes in ${seconds} s, ` +
        `${sorted.length} deliveries; propagation p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(sorted, 95).toFixed(1)} ms; server RSS ${rss[0]?.toFixed(0)} MiB ` +
        `idle with 10 issues, peak ${Math.max(...rss).toFixed(0)} MiB`,
    );
    for (const typist of typists) typist.client.close();
  });
});
