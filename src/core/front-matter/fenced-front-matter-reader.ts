import { InputError } from '../errors';
import type { FrontMatterReader } from './front-matter-reader';
import { UnreadableFrontMatterError } from './unreadable-front-matter-error';
import type { ReadEntries } from './read-toml-entries';
import { splitLines } from './split-lines';

/**
 * A reader for front matter between two fence lines (`+++` for TOML, `---` for YAML). `open` is
 * the opening fence line with its line end; each entry's `source` is its exact lines, with the
 * blank and comment lines before it; `close` is any blank and comment lines after the last entry,
 * the closing fence line and its line end. Together they are the text before `bodyOffset`.
 */
export function fencedFrontMatterReader(
  format: 'toml' | 'yaml',
  fence: string,
  readEntries: (block: string, firstLine: number) => ReadEntries,
): FrontMatterReader {
  const isFence = (line: string) => line.replace(/[ \t]*(?:\r\n?|\n)?$/, '') === fence;
  return {
    opens: isFence,
    read(text, firstLine) {
      const lines = splitLines(text);
      const open = lines[0] ?? '';
      const closeAt = lines.findIndex((line, i) => i > 0 && isFence(line));
      if (closeAt < 0) {
        const message = `The front matter opened with ${fence} on line ${firstLine} is never closed`;
        throw new InputError(message, firstLine);
      }
      const block = lines.slice(1, closeAt).join('');
      const fenceLine = lines[closeAt] ?? '';
      const bodyOffset = open.length + block.length + fenceLine.length;
      const read = readOrKeep(() => readEntries(block, firstLine + 1), format, bodyOffset);
      const frontMatter = { format, open, entries: read.entries, close: read.trailing + fenceLine };
      return { frontMatter, bodyOffset };
    },
  };
}

/** The entries read; for content that cannot be read, an error that says how long the block is. */
function readOrKeep<T>(read: () => T, format: 'toml' | 'yaml', length: number): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new UnreadableFrontMatterError(error, format, length);
  }
}
