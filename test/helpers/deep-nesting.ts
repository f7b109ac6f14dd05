/**
 * Markdown nested N levels deep, in the shapes that cost a parser the most: each level opens a
 * container (a list item, a quote) or an inline span (emphasis, a link, an image) inside the one
 * before. Used by the tests and the bench that keep import, export and preview near linear.
 */
export type DeepShape =
  'list' | 'list-4-spaces' | 'quote' | 'markers-on-one-line' | 'emphasis' | 'links' | 'images';

export const deepShapes: readonly DeepShape[] = [
  'list',
  'list-4-spaces',
  'quote',
  'markers-on-one-line',
  'emphasis',
  'links',
  'images',
];

/** The nested part alone, ending with a newline. */
export function deepMarkdown(shape: DeepShape, levels: number): string {
  const lines = (line: (level: number) => string) =>
    Array.from({ length: levels }, (_, i) => `${line(i + 1)}\n`).join('');
  switch (shape) {
    case 'list':
      return lines((level) => `${'  '.repeat(level - 1)}* level ${level}`);
    case 'list-4-spaces':
      return lines((level) => `${'    '.repeat(level - 1)}- level ${level}`);
    case 'quote':
      return lines((level) => `${'> '.repeat(level)}level ${level}`);
    case 'markers-on-one-line':
      return `${'* > '.repeat(levels)}deepest\n`;
    case 'emphasis':
      return `${'*a '.repeat(levels)}deepest${' b*'.repeat(levels)}\n`;
    case 'links':
      return `${'['.repeat(levels)}deepest${'](https://example.com/)'.repeat(levels)}\n`;
    case 'images':
      return `> ${'!['.repeat(levels)}deepest${'](https://example.com/i.png)'.repeat(levels)}\n`;
  }
}

/** The card every deep issue carries in its section, after the nested part. */
export const cardAfterDeepPart = {
  title: 'A card after the nested part',
  url: 'https://example.com/after',
};

/**
 * A whole issue around the nested part: front matter, a paragraph, the nested part in the intro,
 * then a section with one card, which must still be read as a card.
 */
export function deepIssue(shape: DeepShape, levels: number): string {
  return [
    '+++',
    `title = "Nested ${levels} levels: ${shape}"`,
    'date = 2024-01-05T07:00:00Z',
    '+++',
    '',
    'The nested part follows.',
    '',
    deepMarkdown(shape, levels),
    '## News',
    '',
    `* [${cardAfterDeepPart.title}](${cardAfterDeepPart.url})`,
    '    * The summary of the card.',
    '',
  ].join('\n');
}
