import type * as Y from 'yjs';
import type { Issue } from '../model/types';

/** The issue's fields that say where it is in the editors' work: written as one (below). */
const STAMP = ['status', 'statusChangedAt', 'statusSetBy'] as const;

/** The issue's fields as a record, without the status stamp. */
export function withoutStatusStamp(issue: Issue): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...issue };
  for (const key of STAMP) delete fields[key];
  return fields;
}

/**
 * Writes the status, when it was set and by whom into the issue's map, all three whenever one of
 * them changed, and none otherwise. Each key of a Y.Map settles concurrent writes on its own, by
 * the writers' client ids: with every key written each time (an absent name as '', which the
 * schema's door drops; only a status never set has no time), two people setting the status at once both write all three, and the same
 * one of them wins each key, so nobody is shown as having set the status the other chose.
 */
export function writeStatusStamp(
  root: Y.Map<unknown>,
  before: Issue | undefined,
  after: Issue,
): void {
  const changed =
    before === undefined || STAMP.some((key) => before[key] !== after[key]) || !root.has('status');
  if (!changed) return;
  root.set('status', after.status);
  if (after.statusChangedAt !== undefined) root.set('statusChangedAt', after.statusChangedAt);
  else if (root.has('statusChangedAt')) root.delete('statusChangedAt');
  root.set('statusSetBy', after.statusSetBy ?? '');
}
