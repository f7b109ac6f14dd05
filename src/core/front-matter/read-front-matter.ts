import type { FrontMatterRead, FrontMatterReader } from './front-matter-reader';
import { splitLines } from './split-lines';

/**
 * Reads the front matter at the start of a file (`text` is the file after any BOM) with the first
 * of `readers` that its first line opens; a file none of them opens has no front matter.
 */
export function readFrontMatter(
  text: string,
  readers: readonly FrontMatterReader[],
): FrontMatterRead {
  const first = splitLines(text)[0] ?? '';
  const reader = readers.find((r) => r.opens(first));
  if (reader) return reader.read(text);
  return { frontMatter: { format: 'none', open: '', entries: [], close: '' }, bodyOffset: 0 };
}
