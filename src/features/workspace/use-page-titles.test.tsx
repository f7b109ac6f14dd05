// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../../core/markdown/import-issue';
import type { SettingsStore } from '../../persistence/issue-repository';
import { blockById } from '../../state/block-index';
import { createEditorStore } from '../../state/create-editor-store';
import { usePageTitles } from './use-page-titles';
import { WORKSPACE_SETTING } from './workspace-settings';

afterEach(() => vi.unstubAllGlobals());

/** Settings kept in memory, as the settings table keeps them. */
function settingsStore(values: Record<string, unknown>): SettingsStore {
  return {
    getSetting: async (key) => values[key],
    setSetting: async (key, value) => void (values[key] = value),
    deleteSetting: async (key) => void delete values[key],
  };
}

const workspace = {
  server: 'ws://localhost:1234',
  workspace: 'team',
  token: 'editor-token-1',
  name: 'Anna',
};

function pastedCard() {
  const store = createEditorStore(importIssue(readCorpus('056.md')));
  const id = store.getState().addLinkCard('https://example.com/a-page-slug') ?? '';
  const title = () => {
    const block = blockById(store.getState().issue, id)?.block;
    return block?.kind === 'card' ? block.title : undefined;
  };
  return { store, id, title };
}

describe('usePageTitles', () => {
  it('asks the workspace server for the page title once a workspace is set up', async () => {
    const fetch = vi.fn(async (_input: string) => Response.json({ title: 'The page’s own title' }));
    vi.stubGlobal('fetch', fetch);
    const { store, id, title } = pastedCard();
    const settings = settingsStore({ [WORKSPACE_SETTING]: workspace });
    const { result } = renderHook(() => usePageTitles(store, settings));
    // The settings are read after the first render: the call made then is the one that counts.
    await waitFor(() => {
      result.current([id]);
      expect(fetch).toHaveBeenCalled();
    });
    expect(fetch.mock.calls[0]?.[0]).toMatch(/^http:\/\/localhost:1234\/title\?url=/);
    await waitFor(() => expect(title()).toBe('The page’s own title'));
  });

  it('does nothing without a workspace: the guessed title stays and nothing is fetched', async () => {
    const fetch = vi.fn(async () => Response.json({ title: 'Never asked' }));
    vi.stubGlobal('fetch', fetch);
    const { store, id, title } = pastedCard();
    const settings = settingsStore({});
    const read = vi.spyOn(settings, 'getSetting');
    const guessed = title();
    const { result } = renderHook(() => usePageTitles(store, settings));
    await waitFor(() => expect(read).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    result.current([id]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetch).not.toHaveBeenCalled();
    expect(title()).toBe(guessed);
  });
});
