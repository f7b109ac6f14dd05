import { useEffect, useRef, type RefObject } from 'react';
import type { IssueStore } from '../../persistence/issue-repository';
import { startAutosave, type Autosave } from '../../state/autosave';
import type { EditorStore } from '../../state/create-editor-store';
import { betweenKeystrokes } from './when-idle';

/**
 * Runs the autosave for the screen's lifetime: writes after each pause in typing, and at once
 * when the page is hidden or left (pagehide, visibilitychange), so at most the last moment of
 * typing is at risk. Timed writes start at an idle moment (betweenKeystrokes). Leaving the screen
 * writes what is pending. Returns a handle for "Try again".
 */
export function useAutosave(
  store: EditorStore,
  repository: Pick<IssueStore, 'put'>,
  delayMs?: number,
): RefObject<Autosave | null> {
  const handle = useRef<Autosave | null>(null);
  useEffect(() => {
    const autosave = startAutosave(
      store,
      repository,
      delayMs === undefined ? { defer: betweenKeystrokes } : { delayMs, defer: betweenKeystrokes },
    );
    handle.current = autosave;
    // What open editors hold goes into the issue first (a summary commits in bursts).
    const flush = () => {
      store.getState().flushEdits();
      void autosave.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // Edits that storage refused live only in this tab: ask before it closes.
      if (store.getState().saveStatus === 'error') event.preventDefault();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      autosave.dispose();
      flush();
      if (handle.current === autosave) handle.current = null;
    };
  }, [store, repository, delayMs]);
  return handle;
}
