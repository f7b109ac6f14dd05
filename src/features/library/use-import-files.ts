import { useCallback, useState } from 'react';
import { useRepository } from '../../components/repository-context';
import { importMarkdownFiles, type ImportOutcome } from './import-markdown-files';

export interface ImportState {
  busy: boolean;
  outcome: ImportOutcome | undefined;
  importFiles: (files: readonly File[]) => Promise<void>;
  clear: () => void;
}

/** Runs an import and keeps its outcome for the report under the toolbar. */
export function useImportFiles(): ImportState {
  const repository = useRepository();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>(undefined);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setBusy(true);
      try {
        setOutcome(await importMarkdownFiles(files, repository));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setOutcome({
          imported: [],
          failures: [{ fileName: '', message: `The import could not run: ${message}` }],
        });
      } finally {
        setBusy(false);
      }
    },
    [repository],
  );

  return { busy, outcome, importFiles, clear: () => setOutcome(undefined) };
}
