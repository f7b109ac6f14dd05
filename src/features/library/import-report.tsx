import { Link } from 'react-router';
import type { ImportOutcome } from './import-markdown-files';

interface ImportReportProps {
  outcome: ImportOutcome;
  onDismiss: () => void;
}

/** What the last import did: the drafts it added and, file by file, what it refused and why. */
export function ImportReport({ outcome, onDismiss }: ImportReportProps) {
  const { imported, failures } = outcome;
  return (
    <section className="import-report" aria-label="Import result">
      {imported.length > 0 && (
        <div role="status" className="notice notice-success">
          <p>
            Imported {imported.length} {imported.length === 1 ? 'file' : 'files'}:{' '}
            {imported.map((file, i) => (
              <span key={file.issueId}>
                {i > 0 && ', '}
                <Link to={`/issues/${encodeURIComponent(file.issueId)}`}>{file.title}</Link>
              </span>
            ))}
            .
          </p>
        </div>
      )}
      {failures.length > 0 && (
        <div role="alert" className="notice notice-error">
          <p>
            {failures.length === 1
              ? 'One file was not imported:'
              : `${failures.length} files were not imported:`}
          </p>
          <ul>
            {failures.map((failure, i) => (
              <li key={`${failure.fileName}-${i}`}>{failure.message}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss import result
      </button>
    </section>
  );
}
