import type { FrontMatter } from '../model/types';
import { isJsonKeptWhole } from './json-kept-whole';
import { refuseTableEdit } from './refuse-table-edit';

/**
 * Returns a copy without the entry for `key`, with the comment and blank lines before it (they
 * are part of its source). A whole TOML table can be removed; a key inside one cannot, nor a key
 * of JSON front matter kept whole.
 */
export function removeFrontMatterKey(fm: FrontMatter, key: string): FrontMatter {
  if (isJsonKeptWhole(fm)) refuseTableEdit(fm, key);
  const entries = fm.entries.filter((e) => e.key !== key);
  if (entries.length === fm.entries.length) {
    refuseTableEdit(fm, key);
    return fm;
  }
  return { ...fm, entries };
}
