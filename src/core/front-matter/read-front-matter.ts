import type { FrontMatterRead, FrontMatterReader } from './front-matter-reader';
import { splitLines } from './split-lines';
import { UnreadableFrontMatterError } from './unreadable-front-matter-error';

const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n?|\n))*/;

/**
 * Reads the front matter at the start of a file (`text` is the file after any BOM) with the first
 * of `readers` that opens it. As in Hugo, blank lines may come before it; they are kept at the
 * start of `open`. A file none of the readers opens has no front matter. A block whose content
 * cannot be read throws an InputError, or with `keepUnreadable` is kept whole in `open`, with the
 * reason in `unreadable` (an import shows it read-only and writes it back as read).
 */
export function readFrontMatter(
  text: string,
  readers: readonly FrontMatterReader[],
  keepUnreadable = false,
): FrontMatterRead {
  const lead = LEADING_BLANK_LINES.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const first = splitLines(rest)[0] ?? '';
  const reader = readers.find((r) => r.opens(first));
  if (!reader) {
    return { frontMatter: { format: 'none', open: '', entries: [], close: '' }, bodyOffset: 0 };
  }
  const read = readOrKeep(reader, rest, splitLines(lead).length + 1, keepUnreadable);
  const frontMatter = { ...read.frontMatter, open: lead + read.frontMatter.open };
  return { frontMatter, bodyOffset: lead.length + read.bodyOffset };
}

function readOrKeep(
  reader: FrontMatterReader,
  text: string,
  firstLine: number,
  keepUnreadable: boolean,
): FrontMatterRead {
  try {
    return reader.read(text, firstLine);
  } catch (error) {
    if (!keepUnreadable || !(error instanceof UnreadableFrontMatterError)) throw error;
    const open = text.slice(0, error.length);
    return {
      frontMatter: {
        format: error.format,
        open,
        entries: [],
        close: '',
        unreadable: error.message,
      },
      bodyOffset: error.length,
    };
  }
}
