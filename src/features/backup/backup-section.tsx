// The library's backup controls: download every draft as one file (with their history if
// wanted), and restore such a file, asking about each draft that differs.

import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useRepository } from '../../components/repository-context';
import { downloadBackupFile } from './download-backup-file';
import { RestoreConflictDialog } from './restore-conflict-dialog';
import { RestoreReportNotice } from './restore-report';
import { useRestoreBackup } from './use-restore-backup';
import './backup.css';

export function BackupSection() {
  const repository = useRepository();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [withHistory, setWithHistory] = useState(false);
  const [downloadProblem, setDownloadProblem] = useState<string>();
  const { state, restore, dismiss } = useRestoreBackup(repository);
  const busy = state.step === 'working' || state.step === 'asking';

  const download = () => {
    setDownloadProblem(undefined);
    downloadBackupFile(repository, withHistory).catch((error: unknown) =>
      setDownloadProblem(
        `The backup could not be made: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void restore(file);
  };

  return (
    <section className="backup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Backup</h2>
      <div className="toolbar">
        <button type="button" className="button" onClick={download}>
          Download backup
        </button>
        <label className="backup-history">
          <input
            type="checkbox"
            checked={withHistory}
            onChange={(event) => setWithHistory(event.target.checked)}
          />{' '}
          with each draft&apos;s history
        </label>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {busy ? 'Restoring…' : 'Restore backup'}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Backup file to restore"
          onChange={onFile}
        />
      </div>
      {downloadProblem && (
        <p role="alert" className="notice notice-error">
          {downloadProblem}
        </p>
      )}
      {state.step === 'failed' && (
        <div role="alert" className="notice notice-error">
          <p>{state.message}</p>
          <button type="button" className="button button-small" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {state.step === 'done' && <RestoreReportNotice report={state.report} onDismiss={dismiss} />}
      {state.step === 'asking' && <RestoreConflictDialog question={state.question} />}
    </section>
  );
}
