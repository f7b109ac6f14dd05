import { describe, expect, it } from 'vitest';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';

/** The last part of a file, written with `\n`; each is tried after front matter and alone. */
const lastParts: [string, string][] = [
  ['a section heading', '## B'],
  ['a section heading with a closing mark', '## B ##'],
  ['an empty section heading', '##'],
  ['a setext heading', 'Title\n====='],
  ['a paragraph', 'Just a paragraph.'],
  ['prose in a section', '## A\n\nSome prose\nover two lines.'],
  ['a card list item', '## A\n\n* [T](https://t.example/)'],
  ['a card with a summary', '## A\n\n* [T](https://t.example/)\n  * one'],
  ['nested bullets', '## A\n\n* [T](https://t.example/)\n  * one\n    * two\n      * three'],
  [
    'bullets nested past what the model edits',
    '## A\n\n* a\n  * b\n    * c\n      * d\n        * e',
  ],
  ['a paragraph card', '## A\n\n[T](https://t.example/)\n\n* one'],
  ['two cards, loose', '## A\n\n* [T](https://t.example/)\n\n* [U](https://u.example/)'],
  ['an ordered list', '## A\n\n1. one\n2. two'],
  ['an HTML block', '## A\n\n<div>\nhi\n</div>'],
  ['an HTML comment', '<!-- note -->'],
  ['a code fence', '## A\n\n```sh\necho hi\n```'],
  ['a code fence never closed', '## A\n\n```sh\necho hi'],
  ['an indented code block', 'Intro.\n\n    code'],
  ['a table', '## A\n\n| a | b |\n|---|---|\n| 1 | 2 |'],
  ['a blockquote', '## A\n\n> quoted\n> twice'],
  ['a thematic break', '## A\n\n***'],
  ['a link reference definition', '[x]: https://x.example/'],
  ['a shortcode after the cards', '## A\n\n* [T](https://t.example/)\n\n{{< eo >}}'],
  ['a shortcode alone', '{{< eo >}}'],
  ['a line of blanks', 'Intro.\n   '],
];

/** Front matter before the last part, and front matter as the whole file. */
const frontMatters: [string, string][] = [
  ['TOML', '+++\ntitle = "x"\n+++'],
  ['YAML', '---\ntitle: x\n---'],
];

const endings: [string, string][] = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
];

const finals: [string, (eol: string) => string][] = [
  ['no final newline', () => ''],
  ['a final newline', (eol) => eol],
  ['a blank last line', (eol) => eol + eol],
];

const cases: [string, string][] = [];
for (const [ending, eol] of endings) {
  for (const [final, end] of finals) {
    const withEnding = (text: string) => text.replace(/\n/g, eol) + end(eol);
    for (const [part, text] of lastParts) {
      cases.push([`${part}, ${ending}, ${final}`, withEnding(text)]);
      cases.push([
        `${part} after front matter, ${ending}, ${final}`,
        withEnding(`+++\ntitle = "x"\n+++\n\n${text}`),
      ]);
    }
    for (const [format, text] of frontMatters) {
      cases.push([`${format} front matter only, ${ending}, ${final}`, withEnding(text)]);
    }
  }
}

describe('every kind of part at the end of a file comes back byte for byte', () => {
  it.each(cases)('%s', (_name, text) => {
    expect(exportIssue(importIssue(text))).toBe(text);
  });
});
