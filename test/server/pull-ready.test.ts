import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../helpers/corpus';
import {
  editorToken,
  reviewToken,
  WorkspaceServerProcess,
} from '../support/workspace-server-process';
import { runCli } from '../support/run-cli';
import { pushIssue } from '../../src/cli/push-issue';
import { openWorkspaceDoc } from '../../src/cli/open-workspace-doc';
import { bindIssueDoc } from '../../src/core/collab/bind-issue-doc';
import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import { exportIssue } from '../../src/core/markdown/export-issue';
import type { IssueStatus } from '../../src/core/model/types';
import { setIssueStatus } from '../../src/core/status/set-issue-status';

// Issue 14: "ready" is what the site repo pulls. `broadsheet pull --ready --out DIR` writes each
// issue an editor set to ready, as the browser's export gives it, and nothing else; the server
// lists a workspace's issues with their status for it, to the editor token only.

let server: WorkspaceServerProcess;
const folders: string[] = [];
const workspace = 'site';
const target = () => ({ server: server.url, workspace, token: editorToken });
const cli = (args: string[], token = editorToken) =>
  runCli([...args, '--server', server.url, '--workspace', workspace], {
    BROADSHEET_TOKEN: token,
  });

function outDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'broadsheet-pull-'));
  folders.push(folder);
  return join(folder, 'content');
}

/** Sets an issue's status as an editor does in the browser, through the live document. */
async function setStatus(slug: string, status: IssueStatus): Promise<string> {
  const opened = await openWorkspaceDoc({ ...target(), name: `${workspace}/${slug}` });
  const binding = bindIssueDoc(opened.doc);
  binding.edit((issue) => setIssueStatus(issue, status, Date.now(), 'Ana'));
  await opened.acknowledged();
  const file = exportIssue(readIssueFromDoc(opened.doc)!);
  binding.destroy();
  opened.close();
  return file;
}

async function listed(token = editorToken, name = workspace) {
  const url = `http://127.0.0.1:${server.port}/issues?workspace=${name}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
  for (const name of ['056.md', '057.md', '058.md']) await pushIssue(readCorpus(name), target());
});

afterAll(async () => {
  await server?.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('broadsheet pull --ready', () => {
  it('prints nothing, writes nothing and exits 0 while no issue is ready', async () => {
    const out = outDir();
    const pulled = await cli(['pull', '--ready', '--out', out]);
    expect(pulled).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(out)).toBe(false);
  });

  it('writes each ready issue as SLUG.md, byte for byte the export, one line per file', async () => {
    const ready058 = await setStatus('058', 'ready');
    const ready056 = await setStatus('056', 'ready');
    await setStatus('057', 'in review');
    const out = outDir();
    const pulled = await cli(['pull', '--ready', '--out', out]);
    expect(pulled.stderr).toBe('');
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toBe(`${join(out, '056.md')}\n${join(out, '058.md')}\n`);
    expect(readFileSync(join(out, '056.md'), 'utf8')).toBe(ready056);
    expect(readFileSync(join(out, '058.md'), 'utf8')).toBe(ready058);
    // Ready keeps `draft = false`: the files are the archive's own.
    expect(ready056).toBe(readCorpus('056.md'));
    expect(existsSync(join(out, '057.md'))).toBe(false);
  });

  it('leaves pull SLUG as it was: the file whatever its status', async () => {
    await setStatus('057', 'draft');
    const pulled = await cli(['pull', '057']);
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toBe(readCorpus('057.md').replace('draft = false', 'draft = true'));
  });

  it('exits 2 with one line when the token is refused, writing nothing', async () => {
    const out = outDir();
    const pulled = await cli(['pull', '--ready', '--out', out], 'wrong-token');
    expect(pulled.code).toBe(2);
    expect(pulled.stdout).toBe('');
    expect(pulled.stderr).toBe('pull: the server refused the token\n');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the server’s list of a workspace’s issues', () => {
  it('gives each issue’s slug and status to the editor token', async () => {
    await setStatus('056', 'ready');
    const { status, body } = await listed();
    expect(status).toBe(200);
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { slug: '056', status: 'ready' },
        { slug: '058', status: 'ready' },
      ]),
    );
    expect((body.issues as unknown[]).length).toBe(3);
    expect((await listed(editorToken, 'nobody')).body).toEqual({ issues: [] });
  });

  it('answers 401 to the reviewer token, a wrong one or none, and 400 to a bad name', async () => {
    for (const token of [reviewToken, 'wrong-token', '']) {
      expect((await listed(token)).status).toBe(401);
    }
    expect((await listed(editorToken, '..%2Fx')).status).toBe(400);
  });
});
