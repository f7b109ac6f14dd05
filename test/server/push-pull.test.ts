import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../helpers/corpus';
import { editorToken, WorkspaceServerProcess } from '../support/workspace-server-process';
import { runCli } from '../support/run-cli';
import { pushIssue } from '../../src/cli/push-issue';
import { pullIssue } from '../../src/cli/pull-issue';
import { replaceTextIn } from '../../src/cli/commands';
import { openWorkspaceDoc } from '../../src/cli/open-workspace-doc';
import { importIssue } from '../../src/core/markdown/import-issue';
import { exportIssue } from '../../src/core/markdown/export-issue';
import { allCards } from '../../src/core/model/ops/locate';
import { updateCardFields } from '../../src/core/model/ops/card-ops';
import { titleTypist } from '../support/title-typist';
import { waitFor } from '../support/wait-for';
import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import type { Issue } from '../../src/core/model/types';

let server: WorkspaceServerProcess;
const workspace = 'eks-news';
const target = () => ({ server: server.url, workspace, token: editorToken });
const cli = (...args: string[]) =>
  runCli([...args, '--server', server.url, '--workspace', workspace], {
    BROADSHEET_TOKEN: editorToken,
  });

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

describe('broadsheet push then pull gives the file back byte for byte', () => {
  // Every era of the archive: paragraph cards and aliases (000), ### headings (004), loose lists
  // (023), the shortcode at the end (045) or on top (056), a broken shortcode (063), tags (070).
  it.each(['000.md', '004.md', '012.md', '023.md', '037.md', '045.md', '063.md', '070.md'])(
    '%s through the workspace',
    async (name) => {
      const text = readCorpus(name);
      const { name: docName } = await pushIssue(text, target());
      expect(docName).toBe(`${workspace}/${name.slice(0, 3)}`);
      expect(await pullIssue(target(), name.slice(0, 3))).toBe(text);
    },
  );

  it.each(['056.md', '078.md'])('%s with the CLI as processes', async (name) => {
    const pushed = await cli('push', `test/fixtures/eks-news/${name}`);
    expect(pushed.stderr).toBe(`created ${workspace}/${name.slice(0, 3)}\n`);
    expect(pushed.code).toBe(0);
    const pulled = await cli('pull', name.slice(0, 3));
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toBe(readCorpus(name));
  });

  it('a second push replaces the issue, and the pull gives the new file', async () => {
    const text = readCorpus('066.md');
    await pushIssue(text, target());
    const edited = replaceTextIn(text, 'Karpenter', 'Karpenter (edited)');
    if (edited === null) throw new Error('066 mentions Karpenter');
    const second = await pushIssue(edited, target());
    expect(second.created).toBe(false);
    expect(await pullIssue(target(), '066')).toBe(edited);
  });

  it('pull of an issue the workspace does not hold exits 2 with one line', async () => {
    const pulled = await cli('pull', '999');
    expect(pulled.code).toBe(2);
    expect(pulled.stdout).toBe('');
    expect(pulled.stderr).toBe(`pull: the workspace "${workspace}" has no issue "999"\n`);
  });

  it('a push of a pulled file edited in git changes only what the file changed', async () => {
    const team = { ...target(), workspace: 'busy' };
    await pushIssue(readCorpus('056.md'), team);
    const editor = await openWorkspaceDoc({ ...team, name: 'busy/056' });
    const typed = allCards(readIssueFromDoc(editor.doc) as Issue)[3]?.card;
    if (!typed) throw new Error('056 has cards');
    const typing = titleTypist(editor, typed.id, 'xyz', 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    typing.stop();
    await editor.acknowledged();
    const pulled = importIssue(await pullIssue(team, '056'));
    const inGit = allCards(pulled)[12]?.card;
    if (!inGit) throw new Error('056 has cards');
    const before = allCards(readIssueFromDoc(editor.doc) as Issue).map(({ card }) => card);
    await pushIssue(exportIssue(updateCardFields(pulled, inGit.id, { title: 'In git' })), team);
    const cardsNow = () => allCards(readIssueFromDoc(editor.doc) as Issue).map(({ card }) => card);
    const wanted = before.map((card, i) => (i === 12 ? 'In git' : card.title));
    await waitFor(() => expect(cardsNow().map((card) => card.title)).toEqual(wanted), 5000);
    const after = cardsNow();
    // Every card the file did not change is the same card, id included, for the editor holding it.
    const kept = after.flatMap((card, i) => (i === 12 ? [] : [card.id]));
    expect(kept).toEqual(before.flatMap((card, i) => (i === 12 ? [] : [card.id])));
    expect(after[12]?.id).not.toBe(before[12]?.id);
    expect(after[3]?.title).toBe(typed.title + typing.typed());
    editor.close();
  });
});
