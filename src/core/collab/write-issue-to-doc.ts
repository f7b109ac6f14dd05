import type * as Y from 'yjs';
import type { Issue } from '../model/types';
import { ISSUE_SCHEMA_VERSION } from '../model/schema/issue-migrations';
import { applyMapEdit } from './apply-map-edit';
import { issueShape } from './issue-shape';
import { issueDocNames } from './issue-doc-names';
import { writeStatusStamp, withoutStatusStamp } from './write-status-stamp';

/**
 * Writes an edit of the issue into its document, in one transaction: only what differs between
 * `before` (the issue as last read from the document; undefined for an empty one) and `after`.
 * Each unedited part keeps its source, so the document exports byte for byte as the model does.
 * The status, when and by whom are written together (write-status-stamp.ts).
 */
export function writeIssueToDoc(
  doc: Y.Doc,
  before: Issue | undefined,
  after: Issue,
  origin: unknown = null,
): void {
  doc.transact(() => {
    const meta = doc.getMap<unknown>(issueDocNames.meta);
    if (meta.get(issueDocNames.schemaVersion) !== ISSUE_SCHEMA_VERSION) {
      meta.set(issueDocNames.schemaVersion, ISSUE_SCHEMA_VERSION);
    }
    const root = doc.getMap<unknown>(issueDocNames.issue);
    applyMapEdit(root, before && withoutStatusStamp(before), withoutStatusStamp(after), issueShape);
    writeStatusStamp(root, before, after);
  }, origin);
}
