import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { bindIssueDoc } from '../../core/collab/bind-issue-doc';
import { writeIssueToDoc } from '../../core/collab/write-issue-to-doc';
import { importIssue } from '../../core/markdown/import-issue';
import { setIssueStatus } from '../../core/status/set-issue-status';
import { MemoryWorkspaceStore } from '../../persistence/memory-workspace-store';
import { createEditorStore } from '../../state/create-editor-store';
import { bindEditorStore } from './bind-editor-store';
import { WorkspaceError } from './first-sync';
import { loadWorkspaceDoc } from './load-workspace-doc';
import { writeWorkspaceStatus } from './write-workspace-status';

const issue = importIssue(readCorpus('056.md'), { id: 'i-056' });
const link = { issueId: 'i-056', workspace: 'eks', slug: '056' };

async function linkedStore(): Promise<MemoryWorkspaceStore> {
  const store = new MemoryWorkspaceStore();
  const doc = new Y.Doc();
  writeIssueToDoc(doc, undefined, issue);
  await store.putLink(link, Y.encodeStateAsUpdate(doc));
  return store;
}

describe('writeWorkspaceStatus', () => {
  it('stores the signed status as an update that the next open of the issue keeps', async () => {
    const store = await linkedStore();
    const stamp = { now: 1_700_000_000_000, setBy: 'Ana' };
    expect(await writeWorkspaceStatus(store, 'i-056', 'in review', stamp)).toBe(true);
    expect(await store.loadUpdates('i-056')).toHaveLength(2);
    const draft = setIssueStatus(issue, 'in review', stamp.now, stamp.setBy);
    const stored = await loadWorkspaceDoc(store, 'i-056', () => {});
    const editor = createEditorStore(draft);
    const unbind = bindEditorStore(editor, bindIssueDoc(stored.doc), draft, (run) => run());
    const opened = editor.getState().issue;
    expect([opened.status, opened.statusSetBy, opened.statusChangedAt]).toEqual([
      'in review',
      'Ana',
      stamp.now,
    ]);
    unbind();
    stored.stop();
  });

  it('writes nothing for a draft that is not in a workspace', async () => {
    const store = new MemoryWorkspaceStore();
    const stamp = { now: 1, setBy: undefined };
    expect(await writeWorkspaceStatus(store, 'i-056', 'ready', stamp)).toBe(false);
    expect(await store.loadUpdates('i-056')).toEqual([]);
  });

  it('refuses, saying why, when the workspace copy holds no issue', async () => {
    const store = new MemoryWorkspaceStore();
    await store.putLink(link, Y.encodeStateAsUpdate(new Y.Doc()));
    const stamp = { now: 1, setBy: 'Ana' };
    await expect(writeWorkspaceStatus(store, 'i-056', 'ready', stamp)).rejects.toThrow(
      WorkspaceError,
    );
    expect(await store.loadUpdates('i-056')).toHaveLength(1);
  });
});
