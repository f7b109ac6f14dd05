import { parse, TomlDate, TomlError } from 'smol-toml';
import { InputError } from '../errors';
import type { FrontMatterEntry } from '../model/types';
import { readTomlKey } from './read-toml-key';
import { bareCrAsLf, splitLines } from './split-lines';
import { isTomlTrivia, splitTomlEntry } from './split-toml-entry';
import { toFrontMatterValue } from './to-front-matter-value';

/** Entries read from a front matter block, and the blank and comment lines after the last one. */
export interface ReadEntries {
  entries: FrontMatterEntry[];
  trailing: string;
}

/**
 * Reads a TOML front matter block (the text between the fences; `firstLine` is the file line it
 * starts on). Each `key = value` is one entry; each `[table]` or `[[array]]` header is one entry
 * holding that table's text up to the next header. Blank and comment lines belong to the entry
 * after them; those after the last entry are returned as `trailing`.
 */
export function readTomlEntries(block: string, firstLine: number): ReadEntries {
  const whole = parseBlock(block, firstLine);
  const lines = splitLines(block);
  const entries: FrontMatterEntry[] = [];
  const itemsSeen = new Map<string, number>();
  let start = 0;
  let at = nextStatement(lines, 0);
  while (at < lines.length) {
    const table = isHeader(lines[at]);
    const end = table ? tableEnd(lines, at) : statementEnd(lines, at);
    const source = lines.slice(start, end).join('');
    entries.push(table ? tableEntry(source, whole, itemsSeen) : keyValueEntry(source));
    start = end;
    at = nextStatement(lines, end);
  }
  return { entries, trailing: lines.slice(start).join('') };
}

function parseBlock(block: string, firstLine: number): Record<string, unknown> {
  try {
    return parse(bareCrAsLf(block));
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '');
    const line = firstLine + error.line - 1;
    throw new InputError(`Broken TOML front matter on line ${line}: ${reason}`, line);
  }
}

function isHeader(line: string | undefined): boolean {
  return line?.trimStart().startsWith('[') ?? false;
}

function nextStatement(lines: string[], from: number): number {
  let at = from;
  while (at < lines.length && isTomlTrivia(lines[at] ?? '')) at++;
  return at;
}

/** The end of the statement starting at `at`: the shortest run of lines that parses alone. */
function statementEnd(lines: string[], at: number): number {
  for (let end = at + 1; end <= lines.length; end++) {
    try {
      parse(bareCrAsLf(lines.slice(at, end).join('')));
      return end;
    } catch {
      // A multi-line value continues on the next line.
    }
  }
  return lines.length;
}

/** The end of the table whose header is at `at`: after its last statement. */
function tableEnd(lines: string[], at: number): number {
  let end = at + 1;
  for (;;) {
    const next = nextStatement(lines, end);
    if (next >= lines.length || isHeader(lines[next])) return end;
    end = statementEnd(lines, next);
  }
}

function keyValueEntry(source: string): FrontMatterEntry {
  const parts = splitTomlEntry(source);
  const path = parts ? (readTomlKey(parts.key)?.parts ?? []) : [];
  const value = walk(parse(bareCrAsLf(source)), path);
  if (value instanceof TomlDate && parts)
    return { key: path.join('.'), value: { date: parts.value }, source };
  return { key: path.join('.'), value: toFrontMatterValue(value), source };
}

function tableEntry(
  source: string,
  whole: unknown,
  itemsSeen: Map<string, number>,
): FrontMatterEntry {
  const header = (splitLines(source).find((line) => !isTomlTrivia(line)) ?? '').trimStart();
  const isArrayItem = header.startsWith('[[');
  const path = readTomlKey(header, isArrayItem ? 2 : 1)?.parts ?? [];
  const key = path.join('.');
  let value = walk(whole, path);
  if (isArrayItem && Array.isArray(value)) {
    const index = itemsSeen.get(key) ?? 0;
    itemsSeen.set(key, index + 1);
    value = value[index];
  }
  return { key, value: toFrontMatterValue(value ?? {}), source };
}

/** Follows a key path; inside an array of tables it follows the last item, as TOML does. */
function walk(root: unknown, path: string[]): unknown {
  let node = root;
  for (const part of path) {
    if (Array.isArray(node)) node = node.at(-1);
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}
