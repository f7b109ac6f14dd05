import { parse } from 'smol-toml';

const PART = /\s*([A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')/y;
const DOT = /\s*\./y;

/**
 * Reads a TOML key (bare, quoted or dotted) starting at `from`, skipping leading blanks. Returns
 * its decoded parts and the index just after it, or undefined when no key starts there.
 */
export function readTomlKey(text: string, from = 0): { parts: string[]; end: number } | undefined {
  const parts: string[] = [];
  let at = from;
  for (;;) {
    PART.lastIndex = at;
    const part = PART.exec(text);
    if (!part?.[1]) return parts.length > 0 ? { parts, end: at } : undefined;
    parts.push(decodeKeyPart(part[1]));
    at = PART.lastIndex;
    DOT.lastIndex = at;
    if (!DOT.test(text)) return { parts, end: at };
    at = DOT.lastIndex;
  }
}

function decodeKeyPart(raw: string): string {
  if (raw.startsWith("'")) return raw.slice(1, -1);
  if (!raw.startsWith('"')) return raw;
  const decoded: unknown = parse(`k = ${raw}`).k;
  return String(decoded);
}
