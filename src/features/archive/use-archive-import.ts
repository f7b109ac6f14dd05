// Runs an archive import for the component: the progress while it runs, the outcome after. The
// whole import is timed as the `broadsheet:archive-import` performance measure, which the bench
// reads in Chromium.

import { useCallback, useState } from 'react';
import { useRepository } from '../../components/repository-context';
import { importArchive, type ArchiveImportOutcome, type ArchiveProgress } from './import-archive';

export const ARCHIVE_IMPORT_MEASURE = 'broadsheet:archive-import';

export interface ArchiveImportState {
  progress: ArchiveProgress | undefined;
  outcome: ArchiveImportOutcome | undefined;
  error: string | undefined;
  run: (files: readonly File[]) => Promise<void>;
  dismiss: () => void;
}

export function useArchiveImport(): ArchiveImportState {
  const repository = useRepository();
  const [progress, setProgress] = useState<ArchiveProgress | undefined>(undefined);
  const [outcome, setOutcome] = useState<ArchiveImportOutcome | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const run = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const started = performance.now();
      setOutcome(undefined);
      setError(undefined);
      setProgress({ done: 0, total: files.length });
      try {
        setOutcome(await importArchive(files, repository, { onProgress: setProgress }));
        measureSince(started);
      } catch (failure) {
        const reason = failure instanceof Error ? failure.message : String(failure);
        setError(`The archive could not be imported: ${reason}`);
      } finally {
        setProgress(undefined);
      }
    },
    [repository],
  );

  const dismiss = useCallback(() => {
    setOutcome(undefined);
    setError(undefined);
  }, []);

  return { progress, outcome, error, run, dismiss };
}

function measureSince(start: number): void {
  try {
    performance.measure(ARCHIVE_IMPORT_MEASURE, { start, end: performance.now() });
  } catch {
    // Timing is for the bench only; a browser without measure options just goes without.
  }
}
