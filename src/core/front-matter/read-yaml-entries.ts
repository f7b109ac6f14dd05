import { isMap, isNode, isScalar, parseDocument, type Document, type Pair } from 'yaml';
import { InputError } from '../errors';
import type { FrontMatterValue } from '../model/types';
import { isDateText } from './date-style';
import type { ReadEntries } from './read-toml-entries';
import { isYamlTrivia } from './yaml-trivia';
import { bareCrAsLf, splitLines } from './split-lines';
import { toFrontMatterValue } from './to-front-matter-value';

/**
 * Reads a YAML front matter block (`firstLine` is the file line it starts on): one entry per
 * top-level key. Blank lines and unindented comments belong to the entry after them (except after
 * a block scalar, whose trailing blank lines may be its content); those after the last entry are
 * returned as `trailing`. An unquoted date-time is a date, as Hugo reads it.
 */
export function readYamlEntries(block: string, firstLine: number): ReadEntries {
  // Parsed with bare CRs as LFs (same offsets); the sources keep the line ends as read.
  const text = bareCrAsLf(block);
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`Broken YAML front matter on line ${line}: ${reason}`, line);
  }
  if (doc.contents === null) return { entries: [], trailing: block };
  if (!isMap(doc.contents)) {
    throw new InputError('YAML front matter must be a list of `key: value` lines', firstLine);
  }
  const lines = splitLines(block);
  const pairs = doc.contents.items;
  const keys = pairs.map((pair) => readKey(pair, text, firstLine));
  const bounds = keys.map((key, i) => (i === 0 ? 0 : entryStart(lines, key.line, pairs[i - 1])));
  bounds.push(entryStart(lines, lines.length, pairs.at(-1)));
  const entries = pairs.map((pair, i) => ({
    key: keys[i]?.text ?? '',
    value: yamlValue(pair, text, doc),
    source: lines.slice(bounds[i], bounds[i + 1]).join(''),
  }));
  return { entries, trailing: lines.slice(bounds.at(-1)).join('') };
}

/** The key's text and the block line (0-based) it starts on. */
function readKey(pair: Pair, block: string, firstLine: number): { text: string; line: number } {
  const key = pair.key;
  if (!isScalar(key) || !key.range) {
    throw new InputError('YAML front matter keys must be plain text', firstLine);
  }
  const line = block.slice(0, key.range[0]).split('\n').length - 1;
  return { text: String(key.value), line };
}

/** Moves the start of an entry back over the blank and comment lines before its key. */
function entryStart(lines: string[], keyLine: number, before: Pair | undefined): number {
  const value = before?.value;
  if (isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED')) {
    return keyLine;
  }
  let start = keyLine;
  while (start > 0 && isYamlTrivia(lines[start - 1] ?? '')) start--;
  return start;
}

function yamlValue(pair: Pair, block: string, doc: Document): FrontMatterValue {
  const node = pair.value;
  if (isScalar(node) && node.type === 'PLAIN' && node.range) {
    const text = block.slice(node.range[0], node.range[1]);
    if (isDateText(text)) return { date: text };
  }
  return toFrontMatterValue(isNode(node) ? node.toJS(doc) : null);
}
