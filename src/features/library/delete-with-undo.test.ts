import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildTestIssue } from '../../../test/support/test-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';
import { deleteIssue, restoreIssue } from './delete-with-undo';

function stateWith(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('deleting a workspace draft from the library, and Undo', () => {
  it('drops its workspace copy, and Undo puts the draft back in its workspace', async () => {
    const repository = new MemoryIssueRepository();
    const store = workspaceStoreFor(repository);
    const issue = buildTestIssue({ id: 'i-101', slug: '101' });
    const link = { issueId: 'i-101', workspace: 'team', slug: '101' };
    await repository.put(issue);
    await store.putLink(link, stateWith('first'));
    await store.addUpdate('i-101', stateWith('second'));
    const updates = await store.loadUpdates('i-101');

    const deleted = await deleteIssue(repository, 'i-101');
    expect(await store.getLink('i-101')).toBeUndefined();
    expect(await store.loadUpdates('i-101')).toEqual([]);

    await restoreIssue(repository, deleted!);
    expect((await repository.get('i-101'))?.issue).toEqual(issue);
    expect(await store.getLink('i-101')).toEqual(link);
    expect(await store.loadUpdates('i-101')).toEqual(updates);
  });

  it('restores a local draft with no workspace link', async () => {
    const repository = new MemoryIssueRepository();
    await repository.put(buildTestIssue({ id: 'i-102' }));
    const deleted = await deleteIssue(repository, 'i-102');
    expect(deleted).not.toHaveProperty('workspace');
    await restoreIssue(repository, deleted!);
    expect(await workspaceStoreFor(repository).getLink('i-102')).toBeUndefined();
  });
});
