import { Link } from 'react-router';
import type { ArchiveImportOutcome } from './import-archive';

interface ArchiveImportReportProps {
  outcome: ArchiveImportOutcome;
  onDismiss: () => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the archive import did: issues added and updated, and each skipped file with its reason. */
export function ArchiveImportReport({ outcome, onDismiss }: ArchiveImportReportProps) {
  const { added, updated, skipped, template } = outcome;
  const stored = added.length + updated.length;
  return (
    <section className="archive-report" aria-label="Archive import result">
      <p className={stored > 0 ? 'notice notice-success' : 'notice notice-error'}>
        {stored > 0
          ? `Archived ${plural(stored, 'issue', 'issues')}: ${added.length} new, ${updated.length} updated.`
          : 'No issue was archived.'}
        {skipped.length > 0 && ` ${plural(skipped.length, 'file was', 'files were')} skipped.`}
      </p>
      {template?.learned && stored > 0 && (
        <p className="archive-template">
          No template Broadsheet knows fits these files, so it learned one from them: “
          {template.name}”.{' '}
          <Link to={`/templates/${encodeURIComponent(template.id)}`}>Review the template</Link>
        </p>
      )}
      {skipped.length > 0 && (
        <details open={skipped.length <= 10}>
          <summary>Skipped files</summary>
          <ul aria-label="Skipped files">
            {skipped.map((file) => (
              <li key={file.fileName}>
                <strong>{file.fileName}</strong>: {file.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {stored > 0 && stored <= 10 && (
        <ul aria-label="Archived issues">
          {[...added, ...updated].map((file) => (
            <li key={file.issueId}>
              <Link to={`/issues/${encodeURIComponent(file.issueId)}/preview`}>{file.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss archive result
      </button>
    </section>
  );
}
