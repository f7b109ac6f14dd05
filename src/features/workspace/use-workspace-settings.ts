import { useCallback, useEffect, useState } from 'react';
import type { SettingsStore } from '../../persistence/issue-repository';
import {
  readWorkspaceSettings,
  WORKSPACE_SETTING,
  type WorkspaceSettings,
} from './workspace-settings';

export interface WorkspaceSettingsState {
  /** undefined while reading; null when no workspace is set up. */
  settings: WorkspaceSettings | null | undefined;
  save: (settings: WorkspaceSettings) => Promise<void>;
  forget: () => Promise<void>;
}

/** The stored workspace settings, read once, and the ways to change them. */
export function useWorkspaceSettings(store: SettingsStore): WorkspaceSettingsState {
  const [settings, setSettings] = useState<WorkspaceSettings | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readWorkspaceSettings(store).then(
      (read) => live && setSettings(read ?? null),
      () => live && setSettings(null),
    );
    return () => {
      live = false;
    };
  }, [store]);
  const save = useCallback(
    async (next: WorkspaceSettings) => {
      await store.setSetting(WORKSPACE_SETTING, next);
      setSettings(next);
    },
    [store],
  );
  const forget = useCallback(async () => {
    await store.deleteSetting(WORKSPACE_SETTING);
    setSettings(null);
  }, [store]);
  return { settings, save, forget };
}
