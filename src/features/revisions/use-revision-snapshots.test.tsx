// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { newIssue } from '../../core/template/new-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { createEditorStore } from '../../state/create-editor-store';
import type { EditSession } from '../storage/use-edit-lock';
import { useRevisionSnapshots } from './use-revision-snapshots';

afterEach(cleanup);

type Session = Pick<EditSession, 'access' | 'readOnly'>;

async function setUp() {
  const repository = new MemoryIssueRepository();
  const issue = newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1);
  const store = createEditorStore(issue, { revision: await repository.put(issue) });
  const following: Session = { access: { mode: 'following', reason: 'other-tab' }, readOnly: true };
  const hook = renderHook((session: Session) => useRevisionSnapshots(store, repository, session), {
    initialProps: following,
  });
  const reasons = async () =>
    (await repository.listRevisions(issue.id)).map((r) => r.reason).reverse();
  return { store, hook, reasons };
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('the open issue’s revisions in the editor', () => {
  it('keeps the version taken over from another tab once it is shown', async () => {
    const { hook, reasons } = await setUp();
    hook.rerender({ access: { mode: 'editing', since: 'took-over' }, readOnly: true });
    await settle();
    expect(await reasons()).toEqual([]);
    hook.rerender({ access: { mode: 'editing', since: 'took-over' }, readOnly: false });
    await settle();
    expect(await reasons()).toEqual(['took-over']);
  });

  it('keeps one for a moment asked for, such as an export', async () => {
    const { hook, store, reasons } = await setUp();
    hook.rerender({ access: { mode: 'editing', since: 'opened' }, readOnly: false });
    store.getState().setReadOnly(false);
    hook.result.current('exported');
    await settle();
    expect(await reasons()).toEqual(['exported']);
  });
});
