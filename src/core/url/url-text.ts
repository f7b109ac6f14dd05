/**
 * Text-level helpers for reading a URL the way a browser does, and the way an attacker hopes it
 * will not be read. Pure string code: no URL global, no DOM.
 */

// Invisible characters that are never meaningful at the edges of a link: C0 controls, DEL,
// Unicode spaces, zero-width characters and the byte order mark.
const edgeJunk =
  // eslint-disable-next-line no-control-regex -- control characters are what this strips
  /^[\u0000-\u0020\u007f\s\u200b-\u200d\u2060\ufeff]+|[\u0000-\u0020\u007f\s\u200b-\u200d\u2060\ufeff]+$/g;
// Browsers drop tabs and line breaks anywhere in a URL; other controls are dropped too, so that
// `java\u0000script:` cannot hide a scheme.
// eslint-disable-next-line no-control-regex -- control characters are what this strips
const innerControls = /[\u0000-\u001f\u007f]/g;

// Printable ASCII without spaces: nothing to strip (the common case, checked first for speed).
const plainAscii = /^[!-~]*$/;

/** True when the text holds a C0 control character or DEL (tab and line breaks included). */
export function hasControlCharacters(text: string): boolean {
  innerControls.lastIndex = 0;
  return innerControls.test(text);
}

/** The URL as a browser will read it: edges trimmed, tabs, line breaks and controls removed. */
export function normalizeUrlText(url: string): string {
  if (plainAscii.test(url)) return url;
  return url.replace(edgeJunk, '').replace(innerControls, '');
}

const namedEntities: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  sol: '/',
  quest: '?',
  num: '#',
  period: '.',
  lpar: '(',
  rpar: ')',
  semi: ';',
};

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (whole, hex: string) =>
      fromCodePoint(parseInt(hex, 16), whole),
    )
    .replace(/&#(\d{1,7});?/g, (whole, dec: string) => fromCodePoint(parseInt(dec, 10), whole))
    .replace(/&([a-z]+);/gi, (whole, name: string) => namedEntities[name.toLowerCase()] ?? whole);
}

function fromCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function decodePercent(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * Undoes the layers an obfuscated link may hide behind (HTML entities, percent-encoding, nested a
 * few times), then normalizes. Used only to look for a hidden scheme, never to build an href.
 */
export function deobfuscateUrlText(url: string): string {
  let current = normalizeUrlText(url);
  for (let round = 0; round < 4; round++) {
    const next = normalizeUrlText(decodePercent(decodeEntities(current)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The text before the first `:` when that colon comes before any `/`, `?` or `#`: the part a
 * browser may read as a scheme. Undefined when the URL cannot carry a scheme.
 */
export function schemeCandidate(url: string): string | undefined {
  const match = /^([^:/?#]*):/.exec(url);
  return match ? match[1] : undefined;
}

/** A well-formed scheme per RFC 3986: a letter, then letters, digits, `+`, `-` or `.`. */
export function isSchemeSyntax(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*$/i.test(text);
}
