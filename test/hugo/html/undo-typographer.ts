// Goldmark's typographer (on by default in Hugo) turns ASCII punctuation into typographic
// characters. Mapping them back lets a test compare rendered text with the text that was typed.
// The inverse is exact only for input without these typographic characters; generators leave
// them out.
const typographic: ReadonlyArray<readonly [string, string]> = [
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u2013', '--'],
  ['\u2014', '---'],
  ['\u2026', '...'],
  ['\u00AB', '<<'],
  ['\u00BB', '>>'],
];

/** Whether `text` holds a character the typographer produces (so undoTypographer is ambiguous). */
export function hasTypographicCharacters(text: string): boolean {
  return typographic.some(([char]) => text.includes(char));
}

export function undoTypographer(text: string): string {
  return typographic.reduce((result, [char, ascii]) => result.replaceAll(char, ascii), text);
}
