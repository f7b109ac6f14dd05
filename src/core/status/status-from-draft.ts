import type { FrontMatter, IssueStatus } from '../model/types';
import { readDraftFlag } from './read-draft-flag';

/**
 * The status an imported file's `draft` key says (see draft-for-status.ts): published for
 * `draft = false`, draft for `draft = true`, and draft when the file has no such key.
 */
export function statusFromDraft(fm: FrontMatter): IssueStatus {
  return readDraftFlag(fm) === false ? 'published' : 'draft';
}
