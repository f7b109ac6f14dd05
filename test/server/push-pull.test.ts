import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../helpers/corpus';
import { editorToken, WorkspaceServerProcess } from '../support/workspace-server-process';
import { runCli } from '../support/run-cli';
import { pushIssue } from '../../src/cli/push-issue';
import { pullIssue } from '../../src/cli/pull-issue';
import { replaceTextIn } from '../../src/cli/commands';

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
});
