import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import type { FrontMatterValue } from '../model/types';
import { jsonFrontMatterReader } from './json-front-matter-reader';
import { parseFrontMatter } from './parse-front-matter';
import { readFrontMatter } from './read-front-matter';
import { removeFrontMatterKey } from './remove-front-matter-key';
import { setFrontMatterValue } from './set-front-matter-value';
import { writeFrontMatter } from './write-front-matter';

/** JSON front matter as a Hugo JSON archetype writes it: two-space keys, a multi-line list. */
const SAMPLE = [
  '{',
  '  "title": "Link list 12",',
  '  "date": "2024-03-01T09:00:00Z",',
  '',
  '  "draft": false,',
  '  "categories": [',
  '    "Archive",',
  '    "2024"',
  '  ],',
  '  "params": {"featured": true, "weight": 3},',
  '  "slug": "012"',
  '}',
  '{{< eo >}}',
  '',
].join('\n');

function edit(
  text: string,
  change: (fm: ReturnType<typeof parseFrontMatter>['frontMatter']) => typeof fm,
  eol = '\n' as const,
) {
  const { frontMatter } = parseFrontMatter(text);
  return writeFrontMatter(change(frontMatter), eol);
}

function set(text: string, key: string, value: FrontMatterValue): string {
  return edit(text, (fm) => setFrontMatterValue(fm, key, value));
}

/** The lines of `after` that differ from the same-numbered lines of `before`. */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  return after.split('\n').filter((line, i) => line !== old[i]);
}

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const HEAD = SAMPLE.slice(0, SAMPLE.indexOf('{{<'));

describe('JSON front matter', () => {
  it('reads typed values, one entry per key, and writes back the same bytes', () => {
    const { frontMatter, bodyOffset } = parseFrontMatter(SAMPLE);
    expect(frontMatter.format).toBe('json');
    expect(Object.fromEntries(frontMatter.entries.map((e) => [e.key, e.value]))).toEqual({
      title: 'Link list 12',
      date: '2024-03-01T09:00:00Z',
      draft: false,
      categories: ['Archive', '2024'],
      params: { featured: true, weight: 3 },
      slug: '012',
    });
    expect(frontMatter.open).toBe('{\n');
    expect(frontMatter.entries[2]?.source).toBe('\n  "draft": false,\n');
    expect(frontMatter.close).toBe('}\n');
    expect(writeFrontMatter(frontMatter, '\n')).toBe(HEAD);
    expect(SAMPLE.slice(bodyOffset)).toBe('{{< eo >}}\n');
  });

  it('writes back CRLF files byte for byte and edits them with CRLF', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const { frontMatter, bodyOffset } = parseFrontMatter(crlf);
    expect(writeFrontMatter(frontMatter, '\r\n')).toBe(crlf.slice(0, bodyOffset));
    const edited = writeFrontMatter(setFrontMatterValue(frontMatter, 'slug', '013'), '\r\n');
    expect(edited.endsWith('\r\n  "slug": "013"\r\n}\r\n')).toBe(true);
  });

  it('edits one entry on its own lines, keeping its comma, spacing and layout', () => {
    expect(changedLines(HEAD, set(SAMPLE, 'title', 'It\'s "new"'))).toEqual([
      '  "title": "It\'s \\"new\\"",',
    ]);
    expect(set(SAMPLE, 'categories', ['Archive', '2025', 'Weekly'])).toContain(
      '  "categories": [\n    "Archive",\n    "2025",\n    "Weekly"\n  ],\n  "params"',
    );
    expect(changedLines(HEAD, set(SAMPLE, 'params', { featured: false }))).toEqual([
      '  "params": {"featured": false},',
    ]);
    expect(changedLines(HEAD, set(SAMPLE, 'draft', true))).toEqual(['  "draft": true,']);
  });

  it('adds a key after the last one, giving that one its comma', () => {
    const after = set(SAMPLE, 'author', 'Ana');
    expect(after.endsWith('  "slug": "012",\n  "author": "Ana"\n}\n')).toBe(true);
    expect(parseFrontMatter(after).frontMatter.entries.at(-1)?.value).toBe('Ana');
  });

  it('removes the last key, taking the comma off the one before', () => {
    const after = edit(SAMPLE, (fm) => removeFrontMatterKey(fm, 'slug'));
    expect(after.endsWith('  "params": {"featured": true, "weight": 3}\n}\n')).toBe(true);
    expect(parseFrontMatter(after).frontMatter.entries.map((e) => e.key)).not.toContain('slug');
  });

  it("writes new keys in the file's indentation and colon spacing", () => {
    const tabs = '{\n\t"title":"x",\n\t"tags":["a","b"]\n}\n';
    expect(set(tabs, 'tags', ['c', 'd'])).toBe('{\n\t"title":"x",\n\t"tags":["c","d"]\n}\n');
    expect(set(tabs, 'slug', '1')).toBe(
      '{\n\t"title":"x",\n\t"tags":["a","b"],\n\t"slug":"1"\n}\n',
    );
  });

  it('gives a front matter built in code its braces', () => {
    const built = { format: 'json' as const, open: '', close: '', entries: [] };
    const withTitle = setFrontMatterValue(built, 'title', 'x');
    expect(writeFrontMatter(withTitle, '\n')).toBe('{\n  "title": "x"\n}\n');
  });

  it('keeps JSON not written one key per line whole, and refuses to edit it', () => {
    const compact = '{"title": "x", "tags": ["a"]}\nBody.\n';
    const { frontMatter, bodyOffset } = parseFrontMatter(compact);
    expect(frontMatter.entries.map((e) => [e.key, e.value])).toEqual([
      ['title', 'x'],
      ['tags', ['a']],
    ]);
    expect(writeFrontMatter(frontMatter, '\n')).toBe('{"title": "x", "tags": ["a"]}\n');
    expect(compact.slice(bodyOffset)).toBe('Body.\n');
    expect(errorOf(() => setFrontMatterValue(frontMatter, 'title', 'y')).message).toMatch(
      /edited as text in the file/,
    );
    expect(() => removeFrontMatterKey(frontMatter, 'title')).toThrow(InputError);
  });

  it('ends where Hugo ends it: at the matching brace, braces in strings not counted', () => {
    const text = '{\n  "title": "a } and \\" {"\n}Body on the brace line.\n';
    const { frontMatter, bodyOffset } = parseFrontMatter(text);
    expect(frontMatter.entries[0]?.value).toBe('a } and " {');
    expect(text.slice(bodyOffset)).toBe('Body on the brace line.\n');
    expect(writeFrontMatter(frontMatter, '\n') + text.slice(bodyOffset)).toBe(text);
  });

  it.each([
    ['a missing comma', '{\n  "title": "x"\n  "slug": "1"\n}\n', 3],
    ['a trailing comma', '{\n  "title": "x",\n}\n', 3],
    ['a key set twice', '{\n  "title": "x",\n  "title": "y"\n}\n', 3],
    ['a brace never closed', '{\n  "title": "x"\n\nBody\n', 1],
  ])('refuses %s with the line', (_name, text, line) => {
    const error = errorOf(() => parseFrontMatter(text));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/JSON front matter/);
  });

  it('is not opened by a shortcode on the first line, which cannot start a JSON object', () => {
    const text = '{{< eo >}}\n\nBody.\n';
    expect(parseFrontMatter(text)).toEqual({
      frontMatter: { format: 'none', open: '', entries: [], close: '' },
      bodyOffset: 0,
    });
  });

  it('is read only when a JSON reader is passed in', () => {
    expect(readFrontMatter(SAMPLE, [jsonFrontMatterReader]).frontMatter.format).toBe('json');
    const toml = '+++\ntitle = "x"\n+++\n';
    expect(readFrontMatter(toml, [jsonFrontMatterReader])).toEqual({
      frontMatter: { format: 'none', open: '', entries: [], close: '' },
      bodyOffset: 0,
    });
  });
});
