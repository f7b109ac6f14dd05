import type { FrontMatter } from '../model/types';
import { refuseTableEdit } from './refuse-table-edit';

/**
 * Returns a copy without the entry for `key`, with the comment and blank lines before it (they
 * are part of its source). A whole TOML table can be removed; a key inside one cannot.
 */
export function removeFrontMatterKey(fm: FrontMatter, key: string): FrontMatter {
  const entries = fm.entries.filter((e) => e.key !== key);
  if (entries.length === fm.entries.length) {
    refuseTableEdit(fm, key);
    return fm;
  }
  return { ...fm, entries };
}
