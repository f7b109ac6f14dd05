import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countChangedLines } from './count-changed-lines';

const issue056 = readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8');
const lines = issue056.split('\n');

function withLines(edit: (copy: string[]) => void): string {
  const copy = [...lines];
  edit(copy);
  return copy.join('\n');
}

describe('countChangedLines', () => {
  it('counts nothing for the same text', () => {
    expect(countChangedLines(issue056, issue056)).toBe(0);
  });

  it('counts one edited line as one', () => {
    const after = withLines((copy) => (copy[40] = `${copy[40]} Edited.`));
    expect(countChangedLines(issue056, after)).toBe(1);
  });

  it('counts added and removed lines, in separate places', () => {
    const after = withLines((copy) => {
      copy.splice(60, 0, '* [New](https://example.com/new)', '    * one', '    * two');
      copy.splice(20, 2);
    });
    expect(countChangedLines(issue056, after)).toBe(5);
  });

  it('counts a moved line as one removed and one added', () => {
    const after = withLines((copy) => {
      const [moved] = copy.splice(30, 1);
      copy.splice(50, 0, moved as string);
    });
    expect(countChangedLines(issue056, after)).toBe(2);
  });

  it('counts a replaced run by its longer side', () => {
    const after = withLines((copy) => copy.splice(33, 2, 'a', 'b', 'c'));
    expect(countChangedLines(issue056, after)).toBe(3);
  });

  it('gives a rough count past the limit of differences', () => {
    const after = lines.map((line, i) => (i % 2 === 0 ? `${line}!` : line)).join('\n');
    const half = Math.ceil(lines.length / 2);
    const rough = countChangedLines(issue056, after, 10);
    expect(rough).toBeGreaterThan(half);
    expect(rough).toBeLessThanOrEqual(lines.length);
    expect(countChangedLines(issue056, after)).toBe(half);
  });

  it('counts a line whose line ending alone changed', () => {
    expect(countChangedLines('a\nb\nc\n', 'a\nb\r\nc\n')).toBe(1);
    expect(countChangedLines('a\rb\rc\r', 'a\rb\r\nc\r')).toBe(1);
    expect(countChangedLines('a\nb', 'a\nb\n')).toBe(1);
    expect(countChangedLines(issue056, issue056.replace(/\n/g, '\r\n'))).toBe(lines.length - 1);
  });

  it('counts the lines of a file whose lines end in a bare CR', () => {
    const text = issue056.replace(/\n/g, '\r');
    const after = text.replace('## AWS blogs', '## AWS news').replace('## Community', '## Our');
    expect(countChangedLines(text, after)).toBe(2);
  });

  it('is 0 exactly when the texts are the same', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '\uFEFF');
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(countChangedLines(before, after) === 0).toBe(before === after);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
