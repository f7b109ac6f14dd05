import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import type { FrontMatterValue } from '../model/types';
import { parseFrontMatter } from './parse-front-matter';
import { setFrontMatterValue } from './set-front-matter-value';
import { writeFrontMatter } from './write-front-matter';

/** YAML front matter as Hugo sites write it: unquoted dates, block lists, a comment, a block text. */
const SAMPLE = [
  '---',
  'author: "AWS Kubernetes Developer Advocates"',
  'categories:',
  '- Archive',
  '- "2023"',
  '# Publication time, UTC',
  'date: 2023-06-09T07:00:00Z',
  'draft: false',
  'notes: |',
  '  first line',
  '',
  '  second line',
  '',
  'slug: "056"',
  "tags: ['eks', 'karpenter']",
  'title: "EKS News 056"',
  '---',
  '{{< eo >}}',
  '',
].join('\n');

function edit(text: string, key: string, value: FrontMatterValue): string {
  const { frontMatter } = parseFrontMatter(text);
  return writeFrontMatter(setFrontMatterValue(frontMatter, key, value), '\n');
}

describe('YAML front matter', () => {
  it('reads typed values and writes back the same bytes', () => {
    const { frontMatter, bodyOffset } = parseFrontMatter(SAMPLE);
    expect(frontMatter.format).toBe('yaml');
    expect(Object.fromEntries(frontMatter.entries.map((e) => [e.key, e.value]))).toEqual({
      author: 'AWS Kubernetes Developer Advocates',
      categories: ['Archive', '2023'],
      date: { date: '2023-06-09T07:00:00Z' },
      draft: false,
      notes: 'first line\n\nsecond line\n',
      slug: '056',
      tags: ['eks', 'karpenter'],
      title: 'EKS News 056',
    });
    expect(frontMatter.entries[2]?.source).toBe(
      '# Publication time, UTC\ndate: 2023-06-09T07:00:00Z\n',
    );
    expect(writeFrontMatter(frontMatter, '\n')).toBe(SAMPLE.slice(0, bodyOffset));
    expect(SAMPLE.slice(bodyOffset)).toBe('{{< eo >}}\n');
  });

  it('writes back CRLF files byte for byte', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const { frontMatter, bodyOffset } = parseFrontMatter(crlf);
    expect(frontMatter.open).toBe('---\r\n');
    expect(writeFrontMatter(frontMatter, '\r\n')).toBe(crlf.slice(0, bodyOffset));
    const edited = writeFrontMatter(setFrontMatterValue(frontMatter, 'title', 'New'), '\r\n');
    expect(edited).toContain('\r\ntitle: "New"\r\n---\r\n');
  });

  it('edits one entry in its own quoting, keeping every other line', () => {
    const before = SAMPLE.slice(0, SAMPLE.indexOf('{{<')).split('\n');
    const after = edit(SAMPLE, 'title', 'It\'s "new"').split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual(['title: "It\'s \\"new\\""']);
    expect(edit(SAMPLE, 'tags', ['a', "b's"])).toContain("\ntags: ['a', 'b''s']\n");
  });

  it('keeps a block list in block style, with its indentation, and a date unquoted', () => {
    expect(edit(SAMPLE, 'categories', ['Archive', '2024', 'Monthly'])).toContain(
      '\ncategories:\n- Archive\n- "2024"\n- Monthly\n# Publication',
    );
    const indented = '---\ntags:\n    - a\n---\n';
    expect(edit(indented, 'tags', ['b', 'c'])).toBe('---\ntags:\n    - b\n    - c\n---\n');
    expect(edit(SAMPLE, 'date', '2023-06-16T07:00:00Z')).toContain(
      '\ndate: 2023-06-16T07:00:00Z\n',
    );
  });

  it('adds a key in alphabetical position, in the file quoting', () => {
    const after = edit(SAMPLE, 'description', '#056 edition');
    expect(after).toContain(
      '\ndate: 2023-06-09T07:00:00Z\ndescription: "#056 edition"\ndraft: false\n',
    );
  });

  it('keeps a quoted date a string and a plain one a date', () => {
    const { frontMatter } = parseFrontMatter('---\na: "2023-01-01"\nb: 2023-01-01\nc:\n---\n');
    expect(frontMatter.entries.map((e) => e.value)).toEqual([
      '2023-01-01',
      { date: '2023-01-01' },
      '',
    ]);
    const plain = parseFrontMatter('---\nd: x\n---\n').frontMatter;
    const written = writeFrontMatter(setFrontMatterValue(plain, 'd', '2023-01-01'), '\n');
    expect(written).toBe('---\nd: "2023-01-01"\n---\n');
  });

  it('reports broken YAML and duplicate keys with the file line', () => {
    const broken = (text: string) => {
      try {
        parseFrontMatter(text);
      } catch (error) {
        if (error instanceof InputError) return error.line;
      }
      return undefined;
    };
    expect(broken('---\na: 1\nb: [x\nc: 2\n---\n')).toBe(4);
    expect(broken('---\na: 1\nb: 2\na: 3\n---\n')).toBe(4);
    expect(broken('---\n- a\n- b\n---\n')).toBe(2);
    expect(broken('---\na: 1\n')).toBe(1);
  });
});
