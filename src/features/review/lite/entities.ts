// Character references in markdown text. Numeric ones are decoded in full; of the named ones,
// only those that newsletters use. An unknown name stays as typed, which shows the reader
// exactly what the file holds.

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  middot: '\u00b7',
  bull: '\u2022',
  times: '\u00d7',
  deg: '\u00b0',
  euro: '\u20ac',
  pound: '\u00a3',
  rarr: '\u2192',
  larr: '\u2190',
  check: '\u2713',
};

/** A reference at the start of `text`: `&name;`, `&#123;` or `&#x1F;`. */
export const entityPattern =
  /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/** The character(s) a matched reference stands for, or undefined for an unknown name. */
export function decodeEntityMatch(match: RegExpExecArray): string | undefined {
  const [, hex, decimal, name] = match;
  if (name !== undefined) return named[name];
  const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
    ? '\ufffd'
    : String.fromCodePoint(code);
}

/** Decodes backslash escapes and references in a link destination or title. */
export function unescapeLinkText(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  return text.replace(/\\([!-/:-@[-`{-~])|&[^;&\s]{1,40};/g, (whole, escaped?: string) => {
    if (escaped !== undefined) return escaped;
    const match = entityPattern.exec(whole);
    return (match && decodeEntityMatch(match)) ?? whole;
  });
}
