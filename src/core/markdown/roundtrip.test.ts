import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';

describe('round trip over the archive', () => {
  const files = corpusFiles();

  it('has all 79 issues', () => {
    expect(files).toHaveLength(79);
  });

  it.each(files)('%s comes back byte for byte', (name) => {
    const text = readCorpus(name);
    expect(exportIssue(importIssue(text))).toBe(text);
  });
});

describe('round trip of irregular files', () => {
  const sample = readCorpus('056.md');
  const cases: [string, string][] = [
    ['CRLF line endings', sample.replace(/\n/g, '\r\n')],
    ['a UTF-8 byte order mark', `\uFEFF${sample}`],
    ['no final newline', sample.replace(/\n+$/, '')],
    ['no headings at all', '+++\ntitle = "x"\n+++\nJust a paragraph.\n\n* and a list\n'],
    ['no front matter', '## Only a heading\n\n* [A](https://a.example/)\n  * summary\n'],
    ['an empty file', ''],
    ['only front matter', '+++\ntitle = "x"\n+++\n'],
    ['a link reference definition before the intro', '[x]: https://x.example/\n\nIntro [x].\n'],
    ['a link reference definition before the first section', '[x]: https://x.example/\n## A\n'],
    ['only a link reference definition', '+++\ntitle = "x"\n+++\n[x]: https://x.example/\n'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(exportIssue(importIssue(text))).toBe(text);
  });
});
