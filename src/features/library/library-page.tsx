// The library, `/`: every draft with its status, date and card count, filtered by status; new
// issue, import, status, duplicate and delete with undo; backup and restore, and how much storage
// the drafts take.

import { useCallback, useState } from 'react';
import { QueryProvider } from '../../components/query-provider';
import type { IssueStatus } from '../../core/model/types';
import type { IssueSummary } from '../../persistence/issue-repository';
import { ToastRegion } from '../../components/toast';
import { useToast } from '../../components/use-toast';
import { ImportButton } from './import-button';
import { ArchiveImport } from '../archive/archive-import';
import { useArchiveImport, type ArchiveImportState } from '../archive/use-archive-import';
import { BackupSection } from '../backup/backup-section';
import { WorkspaceSection } from '../workspace/workspace-section';
import { NewsletterList } from '../templates/newsletter-list';
import { NewIssueButton } from './new-issue-button';
import { StorageUsage } from '../storage/storage-usage';
import { ImportReport } from './import-report';
import { IssueTable } from './issue-table';
import { useImportFiles } from './use-import-files';
import { useIssueSummaries } from './use-issue-summaries';
import { useLibraryActions } from './use-library-actions';
import { useNotesRedirect } from './use-notes-redirect';
import { StatusFilter } from './status-filter';
import { statusLabel } from '../../components/status-label';
import { useSetStatus } from './use-set-status';
import { useStatusFilter } from './use-status-filter';
import { useIdleAfter } from './use-idle-after';

export function LibraryPage() {
  return (
    <QueryProvider>
      <Library />
    </QueryProvider>
  );
}

function ArchiveOffer({ importer }: { importer: ArchiveImportState }) {
  return (
    <section className="archive-offer" aria-labelledby="archive-offer-heading">
      <h2 id="archive-offer-heading">Import your newsletter’s archive</h2>
      <p>
        Choose the folder of published issues (your site’s <code>content/</code> folder, or the one
        your issues are in). They are stored here read-only, and then:
      </p>
      <ul>
        <li>a link you add that an earlier issue featured is flagged, with that issue named;</li>
        <li>
          <strong>New issue</strong> starts the one after the newest: its number, date, title and
          slug filled in;
        </li>
        <li>search finds every card of every issue.</li>
      </ul>
      <ArchiveImport importer={importer} />
    </section>
  );
}

/**
 * Where the archive import sits: nowhere until the drafts are read (an input that moved while
 * the list loaded would swallow the files given to it), then in the offer or the toolbar. An
 * import stays where it started, progress and result, until its result is dismissed.
 */
function useArchivePlace(
  loaded: boolean,
  noArchive: boolean,
  importer: ArchiveImportState,
): 'none' | 'offer' | 'toolbar' {
  const idle =
    importer.progress === undefined &&
    importer.outcome === undefined &&
    importer.error === undefined;
  const [startedInOffer, setStartedInOffer] = useState(false);
  if (idle && startedInOffer !== noArchive) setStartedInOffer(noArchive);
  if (!loaded) return 'none';
  return (idle ? noArchive : startedInOffer) ? 'offer' : 'toolbar';
}

function Library() {
  const { summaries, error } = useIssueSummaries();
  const toast = useToast();
  const actions = useLibraryActions(toast);
  const importer = useImportFiles();
  const archiveImport = useArchiveImport();
  const notesProblem = useNotesRedirect(summaries);
  const setStatus = useSetStatus(toast);
  const [filter, setFilter] = useStatusFilter();
  const shown = summaries?.filter((s) => filter === 'all' || s.status === filter) ?? [];
  const active = shown.filter((s) => !s.archived);
  const archived = shown.filter((s) => s.archived);
  const handlers = { onDuplicate: actions.duplicate, onDelete: actions.remove };
  // Stable, as the duplicate and delete actions are, so that a row renders again only when its
  // draft changed.
  const onStatus = useCallback(
    (summary: IssueSummary, status: IssueStatus) => void setStatus(summary, status),
    [setStatus],
  );
  // Until an archive is imported, the library says what importing one gives, and offers it.
  const noArchive = summaries !== undefined && !summaries.some((s) => s.archived);
  const archivePlace = useArchivePlace(summaries !== undefined, noArchive, archiveImport);
  const listShown = useIdleAfter(summaries !== undefined || error !== undefined);

  return (
    <main className="page page-library">
      <title>Drafts · Broadsheet</title>
      <div className="page-head">
        <h1>Drafts</h1>
        <div className="toolbar">
          <NewIssueButton onCreate={actions.createIssue} />
          <ImportButton
            busy={importer.busy}
            onFiles={(files) => void importer.importFiles(files)}
          />
          {archivePlace === 'toolbar' && <ArchiveImport importer={archiveImport} />}
        </div>
      </div>
      {archivePlace === 'offer' && <ArchiveOffer importer={archiveImport} />}
      {notesProblem && (
        <p role="alert" className="notice notice-error">
          {notesProblem}
        </p>
      )}
      {importer.outcome && <ImportReport outcome={importer.outcome} onDismiss={importer.clear} />}
      {error && (
        <p role="alert" className="notice notice-error">
          The drafts could not be read: {error}
        </p>
      )}
      {summaries === undefined && <p role="status">Loading drafts…</p>}
      {summaries !== undefined && summaries.length > 0 && (
        <StatusFilter value={filter} onChange={setFilter} summaries={summaries} />
      )}
      {summaries !== undefined && active.length === 0 && (
        <p className="empty">
          {filter === 'all'
            ? 'No drafts yet. Start a new issue or import markdown files.'
            : `No draft is ${statusLabel(filter).toLowerCase()}.`}
        </p>
      )}
      {active.length > 0 && (
        <IssueTable caption="Drafts" summaries={active} onStatus={onStatus} {...handlers} />
      )}
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading">Archived</h2>
          <IssueTable caption="Archived drafts" summaries={archived} {...handlers} />
        </section>
      )}
      <NewsletterList refreshAfter={archiveImport.outcome} />
      <BackupSection />
      <WorkspaceSection />
      <StorageUsage ready={listShown} />
      <ToastRegion {...toast} />
    </main>
  );
}
