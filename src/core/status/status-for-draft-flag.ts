import type { IssueStatus } from '../model/types';
import { draftForStatus } from './draft-for-status';

/**
 * The status after the `draft` key was set by hand (see draft-for-status.ts): the current one if
 * it agrees with the key, else draft for `true` and ready for `false`.
 */
export function statusForDraftFlag(draft: boolean, current: IssueStatus): IssueStatus {
  if (draftForStatus(current) === draft) return current;
  return draft ? 'draft' : 'ready';
}
