import { useCallback } from 'react';
import type { SettingsStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { useWorkspaceSettings } from './use-workspace-settings';

/**
 * What the editor calls with the ids of cards it just made from bare links: when this browser
 * has a workspace set up, their titles guessed from the URL are replaced with their pages'
 * titles, fetched by the workspace server (the code that asks is loaded only then). Without a
 * workspace it does nothing.
 */
export function usePageTitles(
  store: EditorStore,
  settingsStore: SettingsStore,
): (cardIds: readonly string[]) => void {
  const { settings } = useWorkspaceSettings(settingsStore);
  return useCallback(
    (cardIds: readonly string[]) => {
      if (!settings || cardIds.length === 0) return;
      void import('./fill-guessed-titles').then(({ fillGuessedTitles }) =>
        fillGuessedTitles(store, settings, cardIds),
      );
    },
    [settings, store],
  );
}
