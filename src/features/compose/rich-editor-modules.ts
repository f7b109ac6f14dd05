import { lazyModule } from './lazy-module';

// The TipTap editors (ProseMirror and its schema, the largest part of the editor's code) load
// apart from the editor screen: every box shows rendered HTML until it is focused, so the screen
// is usable before they arrive. They are fetched as soon as the screen is idle.

export const summaryEditorModule = lazyModule(() => import('./summary-editor'));
export const proseEditorModule = lazyModule(() => import('./prose-editor'));

/** Fetches both editors when the browser is idle, so the first focus finds them loaded. */
export function preloadRichEditors(): () => void {
  const load = () => {
    void summaryEditorModule.load().catch(() => undefined);
    void proseEditorModule.load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(load, 200);
  return () => clearTimeout(timer);
}
