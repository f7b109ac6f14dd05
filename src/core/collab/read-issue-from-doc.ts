import type * as Y from 'yjs';
import type { Issue } from '../model/types';
import { admitIssue } from '../model/schema/admit-issue';
import { ISSUE_SCHEMA_VERSION } from '../model/schema/issue-migrations';
import { plainFromShared } from './plain-from-shared';
import { issueDocNames } from './issue-doc-names';

/**
 * The issue a document holds, through the same door as every stored issue (migrated to the
 * current shape, checked field by field); undefined while the document is empty. Throws an
 * InvalidRecordError naming the first bad field of a document that is not an issue.
 */
export function readIssueFromDoc(doc: Y.Doc): Issue | undefined {
  const root = doc.getMap<unknown>(issueDocNames.issue);
  if (root.size === 0) return undefined;
  const version = doc.getMap<unknown>(issueDocNames.meta).get(issueDocNames.schemaVersion);
  return admitIssue(plainFromShared(root, 'doc'), {
    path: 'doc',
    version: typeof version === 'number' ? version : ISSUE_SCHEMA_VERSION,
  });
}
