import type { FrontMatterRead, FrontMatterReader } from './front-matter-reader';
import { splitLines } from './split-lines';

const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n?|\n))*/;

/**
 * Reads the front matter at the start of a file (`text` is the file after any BOM) with the first
 * of `readers` that opens it. As in Hugo, blank lines may come before it; they are kept at the
 * start of `open`. A file none of the readers opens has no front matter.
 */
export function readFrontMatter(
  text: string,
  readers: readonly FrontMatterReader[],
): FrontMatterRead {
  const lead = LEADING_BLANK_LINES.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const first = splitLines(rest)[0] ?? '';
  const reader = readers.find((r) => r.opens(first));
  if (!reader) {
    return { frontMatter: { format: 'none', open: '', entries: [], close: '' }, bodyOffset: 0 };
  }
  const read = reader.read(rest, splitLines(lead).length + 1);
  const frontMatter = { ...read.frontMatter, open: lead + read.frontMatter.open };
  return { frontMatter, bodyOffset: lead.length + read.bodyOffset };
}
