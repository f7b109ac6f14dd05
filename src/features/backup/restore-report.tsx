import type { RestoreReport } from '../../persistence/restore-backup';

function count(n: number, what: string): string | undefined {
  return n === 0 ? undefined : `${n} ${what}`;
}

/** One sentence for what a restore did, e.g. "2 drafts added, 1 replaced, 4 unchanged." */
export function describeRestore(report: RestoreReport): string {
  const parts = [
    count(report.added.length, report.added.length === 1 ? 'draft added' : 'drafts added'),
    count(report.replaced.length, 'replaced'),
    count(report.copied.length, report.copied.length === 1 ? 'copy added' : 'copies added'),
    count(report.kept.length, 'kept as they were'),
    count(report.unchanged.length, 'unchanged'),
    count(
      report.revisionsAdded,
      report.revisionsAdded === 1 ? 'version of history' : 'versions of history',
    ),
  ].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? 'The backup held no drafts.' : `${parts.join(', ')}.`;
}

export function RestoreReportNotice({
  report,
  onDismiss,
}: {
  report: RestoreReport;
  onDismiss: () => void;
}) {
  return (
    <div className="notice notice-success" role="status">
      <p>
        <strong>Backup restored.</strong> {describeRestore(report)}
      </p>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
