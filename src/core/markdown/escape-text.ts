/**
 * Escaping for text written into markdown, so that Hugo's goldmark renders exactly the text the
 * editor holds. `minimal` escapes only what could start markdown syntax and reads naturally;
 * `strict` escapes every ASCII punctuation character and is used when a minimal rendering does
 * not parse back to the same text.
 */
export type EscapeLevel = 'minimal' | 'strict';

const asciiPunctuation = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

export function escapeText(text: string, level: EscapeLevel, atLineStart: boolean): string {
  const escaped = level === 'strict' ? escapeStrict(text) : escapeMinimal(text);
  const guarded = escapeShortcodes(escaped);
  return atLineStart ? escapeLineStart(guarded) : guarded;
}

function escapeStrict(text: string): string {
  return text.replace(asciiPunctuation, (ch) => `\\${ch}`);
}

/** Spaces at the very start or end of a paragraph are dropped by markdown unless referenced. */
export function keepEdgeSpaces(markdown: string): string {
  return markdown.replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length));
}

function escapeMinimal(text: string): string {
  return text
    .replace(/[\\`*_[\]~]/g, (ch) => `\\${ch}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Hugo reads `{{<` and `{{%` as shortcodes before markdown; a text must never open one. */
function escapeShortcodes(text: string): string {
  return text.replace(/\{(?=\{)/g, '{\\');
}

/** What would make a line a heading, a quote, a list item or a thematic break. */
function escapeLineStart(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#>+=|-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}
