import { useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { summarizeIssue } from '../../persistence/issue-summary-fields';
import { compareRevisions, describeChanges } from '../../persistence/revision-changes';
import type { ConflictQuestion } from './use-restore-backup';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Asks what to do with one draft that differs from its copy in the backup. */
export function RestoreConflictDialog({ question }: { question: ConflictQuestion }) {
  const { conflict, remaining, answer, cancel } = question;
  const [forAll, setForAll] = useState(false);
  const stored = summarizeIssue(conflict.existing.issue);
  const incoming = summarizeIssue(conflict.incoming.issue);
  const name = stored.title || incoming.title || 'An untitled draft';
  const changes = describeChanges(
    compareRevisions(conflict.existing.issue, conflict.incoming.issue),
  );
  return (
    <ModalDialog title={`“${name}” differs from the backup`} onClose={cancel}>
      <dl className="restore-compare">
        <dt>In this browser</dt>
        <dd>
          {stored.cardCount} cards, last changed {timeFormat.format(stored.updatedAt)}
        </dd>
        <dt>In the backup</dt>
        <dd>
          {incoming.cardCount} cards, last changed {timeFormat.format(incoming.updatedAt)}
        </dd>
        <dt>The backup&apos;s version has</dt>
        <dd>{changes}</dd>
      </dl>
      {remaining > 0 && (
        <label className="restore-for-all">
          <input type="checkbox" checked={forAll} onChange={(e) => setForAll(e.target.checked)} />{' '}
          Give the same answer for the other drafts that differ
        </label>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          data-autofocus
          onClick={() => answer('keep', forAll)}
        >
          Keep this browser&apos;s
        </button>
        <button type="button" className="button" onClick={() => answer('replace', forAll)}>
          Replace with the backup&apos;s
        </button>
        <button type="button" className="button" onClick={() => answer('copy', forAll)}>
          Keep both
        </button>
        <button type="button" className="button button-quiet" onClick={cancel}>
          Cancel restore
        </button>
      </div>
      <p className="hint">
        Replacing keeps this browser&apos;s version in the draft&apos;s history. Keep both adds the
        backup&apos;s version as a new draft.
      </p>
    </ModalDialog>
  );
}
