import * as Y from 'yjs';
import { field } from '../model/schema/validate-primitives';
import { validateIssue } from '../model/schema/validate-issue';
import type { Issue } from '../model/types';
import { plainFromShared } from './plain-from-shared';

/** Fields read only with the whole issue: the status stamp goes through a repair on the way in. */
const WHOLE_READ_ONLY = new Set(['status', 'statusChangedAt', 'statusSetBy']);

/**
 * `issue` with the plain fields of the issue's map named in `keys` (when it was edited, its id)
 * read again from `root`, checked as a whole issue's are; every other part the very object it
 * was. Undefined when one of them holds a shared type (a list or text set anew) or is part of the
 * status stamp (or a forbidden key): those are read with the whole issue. Throws an InvalidRecordError for a bad value.
 */
export function readTopFields(
  issue: Issue,
  root: Y.Map<unknown>,
  keys: Iterable<string>,
): Issue | undefined {
  const fields: Record<string, unknown> = { ...issue };
  for (const key of keys) {
    const value = root.get(key);
    if (WHOLE_READ_ONLY.has(key) || key === '__proto__' || value instanceof Y.AbstractType) {
      return undefined;
    }
    if (value === undefined) delete fields[key];
    else fields[key] = plainFromShared(value, field('doc', key));
  }
  // The blocks are not read here: checking the fields around them is enough.
  validateIssue({ ...fields, intro: [], sections: [] }, 'doc');
  return fields as unknown as Issue;
}
