import { InputError } from '../errors';
import type { FrontMatter, FrontMatterEntry } from '../model/types';
import { jsonValueAtLine } from './json-value-at-line';
import { splitLines } from './split-lines';
import { toFrontMatterValue } from './to-front-matter-value';

const OPEN_LINE = /^\{[ \t]*(?:\r\n?|\n)$/;
const CLOSE_LINE = /^[ \t]*\}(?:\r\n?|\n)?$/;
const COMMA_END = /,[ \t]*(?:\r\n?|\n)?$/;

/**
 * Reads JSON front matter (`block` is the object as read, with the line end after its `}`). When
 * it is written one key per line (`{`, then `"key": value,` lines, then `}`), each entry's source
 * is its lines with the blank lines before it and its comma; otherwise the whole block is kept as
 * `open` and its entries have empty sources (see isJsonKeptWhole). Throws InputError for broken
 * JSON, a value that is not an object or a key set twice.
 */
export function readJsonEntries(block: string, firstLine: number): FrontMatter {
  const whole = jsonValueAtLine(block, firstLine);
  if (whole === null || typeof whole !== 'object' || Array.isArray(whole)) {
    throw new InputError('JSON front matter must be an object of keys and values', firstLine);
  }
  const lines = splitLines(block);
  const open = lines[0] ?? '';
  const closeLine = lines.at(-1) ?? '';
  if (lines.length >= 2 && OPEN_LINE.test(open) && CLOSE_LINE.test(closeLine)) {
    const read = readKeyLines(lines.slice(1, -1), firstLine + 1);
    if (read)
      return { format: 'json', open, entries: read.entries, close: read.trailing + closeLine };
  }
  const entries = Object.entries(whole).map(([key, value]) => ({
    key,
    value: toFrontMatterValue(value),
    source: '',
  }));
  return { format: 'json', open: block, entries, close: '' };
}

/** One entry per `"key": value` run of lines, or undefined when the lines are not laid out so. */
function readKeyLines(
  lines: string[],
  firstLine: number,
): { entries: FrontMatterEntry[]; trailing: string } | undefined {
  const sources = entrySources(lines);
  const trailing = lines.slice(countLines(sources)).join('');
  if (trailing.trim() !== '') return undefined;
  const entries: FrontMatterEntry[] = [];
  for (const [i, source] of sources.entries()) {
    const last = i === sources.length - 1;
    if (COMMA_END.test(source) === last) return undefined;
    const one = parseOne(source);
    if (!one) return undefined;
    if (entries.some((e) => e.key === one.key)) {
      const line = firstLine + countLines(sources.slice(0, i));
      throw new InputError(
        `Broken JSON front matter on line ${line}: "${one.key}" is set twice`,
        line,
      );
    }
    entries.push({ key: one.key, value: toFrontMatterValue(one.value), source });
  }
  return { entries, trailing };
}

/** Cuts the lines into runs that each end where a value ends (brackets closed, outside a string). */
function entrySources(lines: string[]): string[] {
  const sources: string[] = [];
  let start = 0;
  let depth = 0;
  let inString = false;
  let content = false;
  lines.forEach((line, i) => {
    for (let j = 0; j < line.length; j++) {
      const c = line[j] ?? '';
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      if (!/\s/.test(c)) content = true;
    }
    if (content && depth === 0 && !inString) {
      sources.push(lines.slice(start, i + 1).join(''));
      start = i + 1;
      content = false;
    }
  });
  return sources;
}

function countLines(sources: string[]): number {
  return sources.reduce((n, s) => n + splitLines(s).length, 0);
}

function parseOne(source: string): { key: string; value: unknown } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(`{${source.replace(COMMA_END, '')}}`);
  } catch {
    return undefined;
  }
  const pairs = Object.entries(parsed as Record<string, unknown>);
  const [pair] = pairs;
  return pairs.length === 1 && pair ? { key: pair[0], value: pair[1] } : undefined;
}
