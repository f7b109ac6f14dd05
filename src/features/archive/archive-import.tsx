// "Import archive": many markdown files, or a whole folder (the directory picker where the
// browser has one, a webkitdirectory input otherwise). Each file becomes an archived, read-only
// issue; a progress bar counts the files while they are read and stored.

import { useRef, useState, type ChangeEvent } from 'react';
import { ArchiveImportReport } from './archive-import-report';
import { canPickDirectory, pickDirectoryFiles } from './pick-directory-files';
import type { ArchiveImportState } from './use-archive-import';
import './archive.css';

/** Sets the non-standard `webkitdirectory` attribute React has no prop for. */
function directoryInput(input: HTMLInputElement | null): void {
  input?.setAttribute('webkitdirectory', '');
}

/**
 * The import's state comes from the page (useArchiveImport there), so an import goes on showing
 * its progress and its result when the page moves these buttons: the library offers the import
 * in its own section until the first issues are archived, then in its toolbar.
 */
export function ArchiveImport({ importer }: { importer: ArchiveImportState }) {
  const { progress, outcome, error, run, dismiss } = importer;
  const folderInput = useRef<HTMLInputElement | null>(null);
  const filesInput = useRef<HTMLInputElement | null>(null);
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const busy = progress !== undefined;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    void run(files);
  };

  const chooseFolder = async () => {
    if (!canPickDirectory()) {
      folderInput.current?.click();
      return;
    }
    setPickError(undefined);
    try {
      const files = await pickDirectoryFiles();
      if (files !== undefined) await run(files);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setPickError(`The folder could not be read: ${reason}. Try “Import archive files” instead.`);
    }
  };

  return (
    <div className="archive-import">
      <button type="button" className="button" disabled={busy} onClick={() => void chooseFolder()}>
        Import archive folder
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => filesInput.current?.click()}
      >
        Import archive files
      </button>
      <input
        ref={(input) => {
          folderInput.current = input;
          directoryInput(input);
        }}
        type="file"
        multiple
        hidden
        aria-label="Archive folder"
        onChange={onChange}
      />
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        accept=".md,.markdown,text/markdown"
        aria-label="Archive files"
        onChange={onChange}
      />
      {progress && (
        <div className="archive-progress" role="status">
          <label>
            Importing the archive{' '}
            <progress max={Math.max(progress.total, 1)} value={progress.done} />{' '}
            <span>
              {progress.done} of {progress.total}
            </span>
          </label>
        </div>
      )}
      {(error ?? pickError) && (
        <p role="alert" className="notice notice-error">
          {error ?? pickError}
        </p>
      )}
      {outcome && <ArchiveImportReport outcome={outcome} onDismiss={dismiss} />}
    </div>
  );
}
