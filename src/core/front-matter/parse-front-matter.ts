import type { FrontMatterRead, FrontMatterReader } from './front-matter-reader';
import { jsonFrontMatterReader } from './json-front-matter-reader';
import { readFrontMatter } from './read-front-matter';
import { tomlFrontMatterReader } from './toml-front-matter-reader';
import { yamlFrontMatterReader } from './yaml-front-matter-reader';

/** A reader for each of Hugo's front matter formats. */
export const FRONT_MATTER_READERS: readonly FrontMatterReader[] = [
  tomlFrontMatterReader,
  yamlFrontMatterReader,
  jsonFrontMatterReader,
];

/**
 * Reads the front matter at the start of a content file (`text` is the file after any BOM) in any
 * of Hugo's formats: TOML between `+++` lines, YAML between `---` lines, a JSON object. `open`,
 * each entry's `source` and `close` are together the text before `bodyOffset`, byte for byte.
 * Throws InputError, with the file line, for broken front matter, a duplicate key or a fence that
 * is never closed. A caller that needs one format only passes its reader to readFrontMatter.
 */
export function parseFrontMatter(text: string): FrontMatterRead {
  return readFrontMatter(text, FRONT_MATTER_READERS);
}
