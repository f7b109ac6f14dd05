// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';
import { WORKSPACE_SETTING } from './workspace-settings';

afterEach(cleanup);

const settings = {
  server: 'ws://127.0.0.1:9',
  workspace: 'team',
  token: 'a-long-token',
  name: 'Anna',
};

describe('the editor’s workspace bar', () => {
  it('is not there for a local draft in a browser without a workspace', async () => {
    await renderCompose(corpusIssue('056.md'));
    await screen.findByText('All changes saved');
    // The bar's reads of the settings and the draft's link settle in a turn of the event loop.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('region', { name: 'Workspace' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move to workspace' })).toBeNull();
  });

  it('offers Move to workspace for a local draft once a workspace is set up', async () => {
    const memory = new MemoryIssueRepository();
    await memory.setSetting(WORKSPACE_SETTING, settings);
    await renderCompose(corpusIssue('056.md'), { memory });
    const bar = await screen.findByRole('region', { name: 'Workspace' });
    expect(bar.textContent).toMatch(/kept in this browser only/);
    expect(screen.getByRole('button', { name: 'Move to workspace' })).toBeTruthy();
  });

  it('says where a workspace draft stands when this browser is not set up for its workspace', async () => {
    const memory = new MemoryIssueRepository();
    const issue = corpusIssue('056.md');
    await workspaceStoreFor(memory).putLink(
      { issueId: issue.id, workspace: 'team', slug: '056' },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    await renderCompose(issue, { memory });
    await screen.findByText(
      /This draft is in workspace “team”, which this browser is not set up for/,
      {},
      // Yjs and the provider load lazily, as they do in the app.
      { timeout: 10_000 },
    );
    expect(screen.getByRole('button', { name: 'Take a copy out' })).toBeTruthy();
  });

  it('signs a status set on a workspace draft with the name in the settings', async () => {
    const memory = new MemoryIssueRepository();
    await memory.setSetting(WORKSPACE_SETTING, { ...settings, workspace: 'elsewhere' });
    const issue = corpusIssue('056.md');
    await workspaceStoreFor(memory).putLink(
      { issueId: issue.id, workspace: 'team', slug: '056' },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    await renderCompose(issue, { memory, delayMs: 10 });
    await screen.findByText(/This draft is in workspace “team”/, {}, { timeout: 10_000 });
    const [select] = screen.getAllByRole<HTMLSelectElement>('combobox', { name: 'Status' });
    await userEvent.selectOptions(select as HTMLSelectElement, 'Ready');
    const stamp = document.getElementById(select?.getAttribute('aria-describedby') ?? '');
    expect(stamp?.textContent).toMatch(/^· set by Anna, just now/);
    await waitFor(async () => expect((await memory.get(issue.id))?.issue.statusSetBy).toBe('Anna'));
  });
});
