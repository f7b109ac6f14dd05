import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';
import { addCard, createCard, setBulletContent } from '../model/ops/card-ops';
import { allCards } from '../model/ops/locate';
import { splitLines } from '../front-matter/split-lines';
import { getFrontMatterString } from '../front-matter/get-front-matter-string';
import { lintIssue } from '../lint/lint-issue';
import { eksNewsTemplate } from '../template/eks-news';

/** In this order no bare CR is followed by an empty line ended by LF, which would read as CRLF. */
const endings = ['\n', '\r', '\r\n'] as const;

/** The text with each `\n` replaced by the ending `pick` chooses for that line. */
function withEndings(text: string, pick: (line: number) => string): string {
  let line = 0;
  return text.replace(/\n/g, () => pick(line++));
}

describe('line endings are kept as read, line by line', () => {
  it.each(corpusFiles().slice(0, 20))('%s with every line ending a bare CR', (name) => {
    const text = readCorpus(name).replace(/\n/g, '\r');
    expect(exportIssue(importIssue(text))).toBe(text);
  });

  it.each(corpusFiles().slice(20, 40))('%s with the three endings in turn', (name) => {
    const text = withEndings(readCorpus(name), (line) => endings[line % 3] as string);
    expect(exportIssue(importIssue(text))).toBe(text);
  });

  it.each([
    ['a bare CR after a heading', '## A\r* [X](https://x.io)\r  * one\r\n\r\n## B\rText\n'],
    ['bare CRs between paragraphs', 'Intro\r\rMore\r'],
    ['a soft break ended by a bare CR', '# T\r\n\r\nPara one\rline two\n\n* a\r* b\r'],
    ['YAML front matter with bare CRs', '---\rtitle: x\r---\rBody\r'],
    ['TOML front matter with mixed endings', '+++\rtitle = "x"\r\ndraft = false\n+++\r\rBody'],
    ['a blank line of a bare CR and a CRLF', '## A\r\r\n* [X](https://x.io)\r\n'],
  ])('%s', (_name, text) => {
    expect(exportIssue(importIssue(text))).toBe(text);
  });
});

describe('front matter fenced by bare CR lines', () => {
  it('is read as front matter, not as markdown', () => {
    const issue = importIssue('+++\rtitle = "Weekly"\rdraft = false\r+++\r\r## Links\r');
    expect(issue.frontMatter.format).toBe('toml');
    expect(getFrontMatterString(issue.frontMatter, 'title')).toBe('Weekly');
    expect(issue.sections.map((s) => s.heading)).toEqual(['Links']);
  });
});

describe('editing a file whose lines end in a bare CR', () => {
  it('changes only the edited line', () => {
    const text = withEndings(readCorpus('056.md'), (line) => endings[line % 3] ?? '');
    const issue = importIssue(text);
    const { card } = allCards(issue)[0] ?? {};
    const bullet = card?.bullets[0];
    if (!card || !bullet) throw new Error('no bullet');
    const content = [...bullet.content, { kind: 'text' as const, text: ' Edited.' }];
    const edited = exportIssue(setBulletContent(issue, card.id, bullet.id, content));
    const before = splitLines(text);
    const after = splitLines(edited);
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/ Edited\.(\r\n|\r|\n)$/);
  });
});

describe("new lines are written in the file's dominant line ending", () => {
  const source = readCorpus('008.md');
  it.each([
    ['every line ending LF', source, '\n'],
    ['every line ending CRLF', source.replace(/\n/g, '\r\n'), '\r\n'],
    ['every line ending a bare CR', source.replace(/\n/g, '\r'), '\r'],
    ['four bare CRs to each LF', withEndings(source, (line) => (line % 5 ? '\r' : '\n')), '\r'],
    ['one CRLF among LFs', source.replace('\n', '\r\n'), '\n'],
  ])('%s', (_name, text, eol) => {
    const issue = importIssue(text);
    expect(issue.dialect.eol).toBe(eol);
    const card = createCard(issue, { title: 'New', url: 'https://example.com/', bullets: ['one'] });
    const edited = exportIssue(addCard(issue, issue.sections[0]?.id ?? '', card));
    const header = '[New](https://example.com/)';
    const afterHeader = edited.slice(edited.indexOf(header) + header.length);
    expect(/^(\r\n|\r|\n)/.exec(afterHeader)?.[0]).toBe(eol);
  });
});

describe('a file reads the same whatever its line endings', () => {
  const check = (text: string) =>
    lintIssue(importIssue(text), eksNewsTemplate).map((p) => `${p.line}: ${p.code}`);

  it.each(['008.md', '030.md', '056.md', '070.md'])('%s: its dialect and lint lines', (name) => {
    const lf = `${readCorpus(name)}\n## Empty at the end\n`;
    const { eol: _lf, ...dialect } = importIssue(lf).dialect;
    const problems = check(lf);
    expect(problems.at(-1)).toMatch(/: empty-section$/);
    const variants = [lf.replace(/\n/g, '\r'), withEndings(lf, (line) => endings[line % 3] ?? '')];
    for (const text of variants) {
      const { eol: _other, ...same } = importIssue(text).dialect;
      expect(same).toEqual(dialect);
      expect(check(text)).toEqual(problems);
    }
  });
});
