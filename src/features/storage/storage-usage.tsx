import { useRepository } from '../../components/repository-context';
import { usageRatio } from '../../persistence/storage-info';
import { formatBytes } from './format-bytes';
import { useStorageStatus } from './use-storage-status';
import './storage.css';

/** Share of the quota from which the footer warns. */
const NEARLY_FULL = 0.8;

/**
 * The library's footer line about storage: how much the drafts take of what the browser allows,
 * and whether the browser promised to keep them. Asked once `ready` (the library waits until its
 * list is shown).
 */
export function StorageUsage({ ready = true }: { ready?: boolean }) {
  const status = useStorageStatus(useRepository(), ready);
  if (status === undefined) return null;
  const { usage, quota } = status.estimate;
  const ratio = usageRatio(status.estimate);
  const full = ratio !== undefined && ratio >= NEARLY_FULL;
  const used =
    usage === undefined
      ? 'The browser does not say how much space the drafts take.'
      : quota === undefined
        ? `Drafts take ${formatBytes(usage)}.`
        : `Drafts take ${formatBytes(usage)} of the ${formatBytes(quota)} this browser allows.`;
  const kept = status.persisted
    ? 'The browser keeps them until you delete them.'
    : 'The browser may clear them when the disk runs low: download a backup now and then.';
  return (
    <footer
      className={`storage-usage${full ? ' storage-nearly-full' : ''}`}
      aria-label="Storage"
      role={full ? 'alert' : undefined}
    >
      {full && <strong>Storage is nearly full. </strong>}
      {used} {kept}
    </footer>
  );
}
