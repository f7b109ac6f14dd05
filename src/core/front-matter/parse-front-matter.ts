import { InputError } from '../errors';
import type { FrontMatter } from '../model/types';
import { readTomlEntries } from './read-toml-entries';
import { readYamlEntries } from './read-yaml-entries';
import { splitLines } from './split-lines';

const FENCES = { toml: '+++', yaml: '---' } as const;

/**
 * Reads the front matter at the start of a content file (`text` is the file after any BOM).
 * `open` is the opening fence line with its line end; each entry's `source` is its exact lines,
 * with the blank and comment lines before it; `close` is any blank and comment lines after the
 * last entry, the closing fence line and its line end. Together they are the text before
 * `bodyOffset`, byte for byte. Throws InputError, with the file line, for broken TOML or YAML, a
 * duplicate key or a fence that is never closed.
 */
export function parseFrontMatter(text: string): { frontMatter: FrontMatter; bodyOffset: number } {
  const lines = splitLines(text);
  const open = lines[0] ?? '';
  const format = open.startsWith('+++') ? 'toml' : open.startsWith('---') ? 'yaml' : 'none';
  if (format === 'none' || !isFence(open, FENCES[format])) {
    return { frontMatter: { format: 'none', open: '', entries: [], close: '' }, bodyOffset: 0 };
  }
  const fence = FENCES[format];
  const closeAt = lines.findIndex((line, i) => i > 0 && isFence(line, fence));
  if (closeAt < 0) {
    throw new InputError(`The front matter opened with ${fence} on line 1 is never closed`, 1);
  }
  const block = lines.slice(1, closeAt).join('');
  const read = format === 'toml' ? readTomlEntries(block, 2) : readYamlEntries(block, 2);
  const close = read.trailing + (lines[closeAt] ?? '');
  const frontMatter: FrontMatter = { format, open, entries: read.entries, close };
  return { frontMatter, bodyOffset: open.length + block.length + (lines[closeAt] ?? '').length };
}

function isFence(line: string, fence: string): boolean {
  return line.replace(/[ \t]*(?:\r\n?|\n)?$/, '') === fence;
}
