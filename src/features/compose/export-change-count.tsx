import { useEffect, useState } from 'react';
import type { SettingsStore } from '../../persistence/issue-repository';
import { useEditorStore } from './editor-store-context';
import { loadExporter } from './load-exporter';
import { readOriginalText } from './original-text';
import { whenIdle } from './when-idle';

/** Quiet time after the last change before the export is compared again (see use-lint-problems). */
const COUNT_DELAY_MS = 1200;

/**
 * For an imported issue, how many lines of the original file the export changes, counted again
 * when typing pauses (never on a keystroke). Nothing for an issue made in the editor.
 */
export function ExportChangeCount({ repository }: { repository: SettingsStore }) {
  const count = useExportChangeCount(repository);
  if (count === undefined) return null;
  const lines = count === 1 ? '1 line' : `${count} lines`;
  return <p className="export-changes">Export changes {lines} of the original</p>;
}

function useExportChangeCount(settings: SettingsStore): number | undefined {
  const store = useEditorStore();
  const [count, setCount] = useState<number | undefined>();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle = () => {};
    let unsubscribe = () => {};
    const start = async () => {
      // The line diff (jsdiff) loads with the exporter, after the editor has painted.
      const [{ exportIssue }, { countChangedLines }] = await Promise.all([
        loadExporter(),
        import('./count-changed-lines'),
      ]);
      const original = await readOriginalText(settings, store.getState().issue, exportIssue);
      if (!live || original === undefined) return;
      const measure = () =>
        setCount(countChangedLines(original, exportIssue(store.getState().issue)));
      measure();
      unsubscribe = store.subscribe((state, previous) => {
        if (state.issue === previous.issue) return;
        if (timer !== undefined) clearTimeout(timer);
        cancelIdle();
        timer = setTimeout(() => {
          cancelIdle = whenIdle(() => live && measure());
        }, COUNT_DELAY_MS);
      });
    };
    // After the editor has painted: the exporter is not needed to show it.
    const cancelStart = whenIdle(() => void start().catch(() => undefined));
    return () => {
      live = false;
      cancelStart();
      if (timer !== undefined) clearTimeout(timer);
      cancelIdle();
      unsubscribe();
    };
  }, [settings, store]);
  return count;
}
