import { getFrontMatterValue } from '../front-matter/get-front-matter-value';
import { isJsonKeptWhole } from '../front-matter/json-kept-whole';
import type { FrontMatter } from '../model/types';

/**
 * The front matter's `draft` flag when it is one Broadsheet keeps in step with the status: a
 * top-level key holding a boolean, in front matter that can be edited. Otherwise undefined.
 */
export function readDraftFlag(fm: FrontMatter): boolean | undefined {
  if (isJsonKeptWhole(fm)) return undefined;
  const value = getFrontMatterValue(fm, 'draft');
  return typeof value === 'boolean' ? value : undefined;
}
