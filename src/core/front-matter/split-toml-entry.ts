import { findTomlComment } from './find-toml-comment';
import { readTomlKey } from './read-toml-key';
import { lineEnd, splitLines } from './split-lines';

/** The parts of one `key = value` entry's source; concatenated in order they give it back. */
export interface TomlEntryParts {
  /** Blank and comment lines before the entry. */
  trivia: string;
  /** The key as written, with any indentation before it. */
  key: string;
  /** `=` with the blanks around it. */
  assign: string;
  /** The value as written; several lines for a multi-line array or string. */
  value: string;
  /** Blanks and a comment after the value on its last line. */
  comment: string;
  eol: string;
}

const ASSIGN = /[ \t]*=[ \t]*/y;

/** Whether a TOML line is blank or a comment. */
export function isTomlTrivia(line: string): boolean {
  const text = line.trim();
  return text === '' || text.startsWith('#');
}

/** Whether a TOML entry's source is a table (`[name]` or `[[name]]`) rather than a key = value. */
export function isTomlTableSource(source: string): boolean {
  const first = splitLines(source).find((line) => !isTomlTrivia(line));
  return first?.trimStart().startsWith('[') ?? false;
}

/** Splits a `key = value` entry's source; undefined for a table or text that is no entry. */
export function splitTomlEntry(source: string): TomlEntryParts | undefined {
  const lines = splitLines(source);
  const start = lines.findIndex((line) => !isTomlTrivia(line));
  if (start < 0) return undefined;
  const trivia = lines.slice(0, start).join('');
  const rest = source.slice(trivia.length);
  const key = readTomlKey(rest);
  if (!key) return undefined;
  ASSIGN.lastIndex = key.end;
  const assign = ASSIGN.exec(rest)?.[0];
  if (assign === undefined) return undefined;
  const eol = lineEnd(rest);
  const body = rest.slice(key.end + assign.length, rest.length - eol.length);
  const hash = findTomlComment(body);
  const value = (hash < 0 ? body : body.slice(0, hash)).trimEnd();
  return {
    trivia,
    key: rest.slice(0, key.end),
    assign,
    value,
    comment: body.slice(value.length),
    eol,
  };
}
