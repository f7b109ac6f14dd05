import { unescapeLinkText } from './entities';

/** Longer destinations and titles are not read as links: no real one comes near. */
const MAX_TARGET_CHARS = 16_384;

// The parts of a link after its text: an inline `(destination "title")` and the label of a
// reference link. Destinations are returned decoded (escapes and references) but otherwise as
// written; whether one may reach the DOM is decided later, by the URL door.

export interface LinkTarget {
  href: string;
  title: string;
  /** The index just after the closing `)` or label `]`. */
  end: number;
}

/** Reads `(destination "title")` at `start`, which must be the `(`; undefined if it is not one. */
export function readInlineTarget(text: string, start: number): LinkTarget | undefined {
  let at = skipSpace(text, start + 1);
  const destination = readDestination(text, at);
  if (!destination) return undefined;
  at = destination.end;
  const beforeTitle = at;
  at = skipSpace(text, at);
  let title = '';
  const parsed = at > beforeTitle ? readTitle(text, at) : undefined;
  if (parsed) {
    title = parsed.title;
    at = skipSpace(text, parsed.end);
  }
  if (text[at] !== ')') return undefined;
  return { href: unescapeLinkText(destination.raw), title: unescapeLinkText(title), end: at + 1 };
}

/** Reads `[label]` at `start` (the `[`); the raw label text, or undefined. */
export function readLabel(text: string, start: number): { label: string; end: number } | undefined {
  if (text[start] !== '[') return undefined;
  for (let at = start + 1; at < text.length && at - start <= 1000; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '[') return undefined;
    else if (char === ']') return { label: text.slice(start + 1, at), end: at + 1 };
  }
  return undefined;
}

/** A reference label as definitions and uses are matched: case and inner spacing ignored. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

interface Destination {
  raw: string;
  end: number;
}

export function readDestination(text: string, start: number): Destination | undefined {
  if (text[start] === '<') {
    const limit = Math.min(text.length, start + MAX_TARGET_CHARS);
    for (let at = start + 1; at < limit; at++) {
      const char = text[at];
      if (char === '\\') at++;
      else if (char === '\n' || char === '<') return undefined;
      else if (char === '>') return { raw: text.slice(start + 1, at), end: at + 1 };
    }
    return undefined;
  }
  let depth = 0;
  let at = start;
  for (; at < text.length; at++) {
    if (at - start > MAX_TARGET_CHARS) return undefined;
    const char = text[at] as string;
    if (char === '\\' && /[!-/:-@[-`{-~]/.test(text[at + 1] ?? '')) at++;
    else if (char <= ' ' || char === '\u007f') break;
    else if (char === '(') {
      if (++depth > 32) return undefined;
    } else if (char === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  if (depth !== 0) return undefined;
  return { raw: text.slice(start, at), end: at };
}

export function readTitle(text: string, start: number): { title: string; end: number } | undefined {
  const open = text[start];
  const close = open === '(' ? ')' : open;
  if (open !== '"' && open !== "'" && open !== '(') return undefined;
  const limit = Math.min(text.length, start + MAX_TARGET_CHARS);
  for (let at = start + 1; at < limit; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === close) return { title: text.slice(start + 1, at), end: at + 1 };
    else if (open === '(' && char === '(') return undefined;
  }
  return undefined;
}

/** Skips spaces and tabs and at most one line ending. */
export function skipSpace(text: string, start: number): number {
  let at = start;
  let newlines = 0;
  while (at < text.length) {
    const char = text[at];
    if (char === '\n' && newlines++ === 0) at++;
    else if (char === ' ' || char === '\t') at++;
    else break;
  }
  return at;
}
