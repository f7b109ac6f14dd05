// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { readIssueFromDoc } from '../../core/collab/read-issue-from-doc';
import { writeIssueToDoc } from '../../core/collab/write-issue-to-doc';
import { importIssue } from '../../core/markdown/import-issue';
import { allCards } from '../../core/model/ops/locate';
import { updateCardFields } from '../../core/model/ops/card-ops';
import type { Issue } from '../../core/model/types';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { WORKSPACE_SETTING } from '../workspace/workspace-settings';
import { readFixture, renderLibrary } from '../../../test/support/render-library';

// A status set in the library row on a workspace draft goes into the draft's workspace document
// (its offline copy, merged with the others' on the next connection), signed with the name in the
// workspace settings, so the next open of the issue keeps it (issue 14).

afterEach(cleanup);

/** A workspace draft of 056, the server's copy of its document, and the settings of this browser. */
async function workspaceDraft() {
  const repository = new MemoryIssueRepository();
  const issue = importIssue(readFixture('056.md'), { id: 'i-056' });
  await repository.put(issue, 0);
  const server = new Y.Doc();
  writeIssueToDoc(server, undefined, issue);
  const link = { issueId: issue.id, workspace: 'eks', slug: '056' };
  await repository.workspaceStore.putLink(link, Y.encodeStateAsUpdate(server));
  await repository.setSetting(WORKSPACE_SETTING, {
    server: 'ws://127.0.0.1:1234',
    workspace: 'eks',
    token: 'editor-token',
    name: 'Ana',
  });
  return { repository, issue, server };
}

async function storedDoc(repository: MemoryIssueRepository): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of await repository.workspaceStore.loadUpdates('i-056')) {
    Y.applyUpdate(doc, update);
  }
  return doc;
}

const rowStatus = () =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status of EKS News 056' });

describe('a status set in the library on a workspace draft', () => {
  it('goes into its workspace document, signed, and merges with a colleague’s edit', async () => {
    const { repository, issue, server } = await workspaceDraft();
    const card = allCards(issue)[3]?.card;
    if (!card) throw new Error('056 has cards');
    writeIssueToDoc(server, issue, updateCardFields(issue, card.id, { title: 'Theirs' }));
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    await userEvent.selectOptions(rowStatus(), 'ready');
    await waitFor(async () => expect((await repository.get('i-056'))?.issue.status).toBe('ready'));
    expect((await repository.get('i-056'))?.issue.statusSetBy).toBe('Ana');
    const doc = await storedDoc(repository);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server)));
    const shared = readIssueFromDoc(server) as Issue;
    expect([shared.status, shared.statusSetBy]).toEqual(['ready', 'Ana']);
    expect(allCards(shared)[3]?.card.title).toBe('Theirs');
  });

  it('says so in the library and changes nothing when the document cannot take it', async () => {
    const { repository, issue } = await workspaceDraft();
    expect(issue.status).not.toBe('ready');
    vi.spyOn(repository.workspaceStore, 'addUpdate').mockRejectedValue(new Error('storage full'));
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    await userEvent.selectOptions(rowStatus(), 'ready');
    expect(await screen.findByText(/Could not change the status of .*storage full/)).toBeTruthy();
    expect((await repository.get('i-056'))?.issue.status).toBe(issue.status);
    expect(readIssueFromDoc(await storedDoc(repository))?.status).toBe(issue.status);
  });
});
