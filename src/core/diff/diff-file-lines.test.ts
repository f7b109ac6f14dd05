import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFileLines } from './diff-file-lines';

const issue056 = readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8');
const lines = issue056.split('\n');

describe('diffFileLines', () => {
  it('finds no run of changes in the same text', () => {
    expect(diffFileLines(issue056, issue056)).toEqual([]);
  });

  it('gives each run with its line numbers on both sides', () => {
    const copy = [...lines];
    copy[40] = `${copy[40]} Edited.`;
    copy.splice(60, 0, '* [New](https://example.com/new)');
    const hunks = diffFileLines(issue056, copy.join('\n'));
    expect(hunks).toEqual([
      { beforeLine: 41, afterLine: 41, removed: [`${lines[40]}\n`], added: [`${copy[40]}\n`] },
      { beforeLine: 61, afterLine: 61, removed: [], added: ['* [New](https://example.com/new)\n'] },
    ]);
  });

  it('sees a line whose ending alone changed, a bare CR ending one too', () => {
    expect(diffFileLines('a\rb\rc', 'a\rb\r\nc')).toEqual([
      { beforeLine: 2, afterLine: 2, removed: ['b\r'], added: ['b\r\n'] },
    ]);
  });

  it('gives up past the limit of differences', () => {
    const after = lines.map((line, i) => (i % 2 === 0 ? `${line}!` : line)).join('\n');
    expect(diffFileLines(issue056, after, 10)).toBeUndefined();
    expect(diffFileLines(issue056, after)?.length).toBe(Math.ceil(lines.length / 2));
  });
});
