import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { InputError } from '../errors';
import type { FrontMatter, FrontMatterValue, LineEnding } from '../model/types';
import { parseFrontMatter } from './parse-front-matter';
import { setFrontMatterValue } from './set-front-matter-value';
import { writeFrontMatter } from './write-front-matter';

function frontMatterOf(text: string): FrontMatter {
  return parseFrontMatter(text).frontMatter;
}

/** Writes the front matter after one edit, with the original text for comparison. */
function edited(text: string, key: string, value: FrontMatterValue, eol: LineEnding = '\n') {
  const before = frontMatterOf(text);
  const after = writeFrontMatter(setFrontMatterValue(before, key, value), eol);
  return { before: writeFrontMatter(before, eol), after };
}

/** The lines of `after` that are not at the same place in `before`. */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now).toHaveLength(old.length);
  return now.filter((line, i) => line !== old[i]);
}

describe('setFrontMatterValue on archive files', () => {
  it.each(['000.md', '008.md', '010.md', '046.md', '063.md', '078.md'])(
    '%s: a new title changes exactly the title line',
    (name) => {
      const { before, after } = edited(readCorpus(name), 'title', 'A "new" title \\ 2');
      expect(changedLines(before, after)).toEqual(['title = "A \\"new\\" title \\\\ 2"']);
    },
  );

  it('adds a key in alphabetical position when the keys are sorted', () => {
    const { after } = edited(readCorpus('056.md'), 'weight', 56);
    expect(after.split('\n').slice(1, -2)).toEqual([
      'author = "AWS Kubernetes Developer Advocates"',
      'categories = ["Archive", "2023", "Weekly"]',
      'date = 2023-06-09T07:00:00Z',
      'description = "#056 edition of the EKS newsletter"',
      'draft = false',
      'slug = "056"',
      'title = "EKS News 056"',
      'weight = 56',
    ]);
    const { after: lastmod } = edited(readCorpus('056.md'), 'lastmod', { date: '2023-06-10' });
    expect(lastmod.split('\n')[6]).toBe('lastmod = 2023-06-10');
  });

  it('adds a key at the end when the keys are not sorted (000-008)', () => {
    const { after } = edited(readCorpus('000.md'), 'tags', ['eks', 'karpenter']);
    expect(after.endsWith(']\ntags = ["eks", "karpenter"]\n+++\n')).toBe(true);
  });

  it('keeps a multi-line array multi-line with its indentation', () => {
    const aliases = ['/blog/eks-news-000', '/archive/eks-news-000', '/x'];
    const { after } = edited(readCorpus('000.md'), 'aliases', aliases);
    expect(after).toContain(
      'aliases = [\n    "/blog/eks-news-000",\n    "/archive/eks-news-000",\n    "/x"\n]\n+++',
    );
    const { after: trailing } = edited('+++\na = [\n  "x",\n]\n+++\n', 'a', ['y', 'z']);
    expect(trailing).toBe('+++\na = [\n  "y",\n  "z",\n]\n+++\n');
  });

  it('keeps a date unquoted, in the file style, when given as text or as a date', () => {
    const text = readCorpus('056.md');
    expect(edited(text, 'date', '2023-06-16T07:00:00Z').after).toContain(
      '\ndate = 2023-06-16T07:00:00Z\n',
    );
    const { after } = edited(text, 'date', { date: '2023-06-16T09:00:00.000+02:00' });
    expect(after).toContain('\ndate = 2023-06-16T07:00:00Z\n');
  });

  it('keeps spacing, key text and comments of the edited entry', () => {
    const text = "+++\n# Shown in the list\n'title'='Old' # keep\nslug = \"1\"\n+++\n";
    expect(edited(text, 'title', 'New').after).toBe(
      "+++\n# Shown in the list\n'title'='New' # keep\nslug = \"1\"\n+++\n",
    );
  });

  it('keeps literal quotes when it can, else falls back to basic quotes', () => {
    const text = "+++\ntitle = 'Old'\n+++\n";
    expect(edited(text, 'title', 'C:\\path').after).toContain("title = 'C:\\path'");
    expect(edited(text, 'title', "it's").after).toContain('title = "it\'s"');
    expect(edited(text, 'slug', '2').after).toContain("slug = '2'");
  });

  it('keeps CRLF line ends', () => {
    const crlf = readCorpus('000.md').replace(/\n/g, '\r\n');
    const { before, after } = edited(crlf, 'aliases', ['/a', '/b'], '\r\n');
    expect(after).toContain('aliases = [\r\n    "/a",\r\n    "/b"\r\n]\r\n+++\r\n');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    const withWeight = edited(crlf, 'weight', 1, '\r\n').after;
    expect(withWeight.split('\r\n')).toHaveLength(before.split('\r\n').length + 1);
  });

  it('keeps bare CR line ends', () => {
    const cr = readCorpus('000.md').replace(/\n/g, '\r');
    const { after } = edited(cr, 'aliases', ['/a', '/b'], '\r');
    expect(after).toContain('aliases = [\r    "/a",\r    "/b"\r]\r+++\r');
    expect(after).not.toContain('\n');
  });

  it('returns the same object when the value does not change, a new one otherwise', () => {
    const fm = frontMatterOf(readCorpus('056.md'));
    expect(setFrontMatterValue(fm, 'slug', '056')).toBe(fm);
    const next = setFrontMatterValue(fm, 'slug', '057');
    expect(next).not.toBe(fm);
    expect(fm.entries.find((e) => e.key === 'slug')?.value).toBe('056');
  });

  it('gives a file without front matter TOML front matter', () => {
    const fm = setFrontMatterValue(frontMatterOf('body\n'), 'title', 'T');
    expect(writeFrontMatter(fm, '\n')).toBe('+++\ntitle = "T"\n+++\n');
  });

  it('refuses to edit inside a TOML table, and values TOML cannot hold', () => {
    const fm = frontMatterOf('+++\ntitle = "x"\n[params]\ncolor = "red"\n+++\n');
    expect(() => setFrontMatterValue(fm, 'params', { color: 'blue' })).toThrow(InputError);
    expect(() => setFrontMatterValue(fm, 'params.color', 'blue')).toThrow(/\[params\]/);
    expect(() => setFrontMatterValue(fm, 'date', { date: 'tomorrow' })).toThrow(InputError);
    const added = setFrontMatterValue(fm, 'weight', 3);
    expect(writeFrontMatter(added, '\n')).toBe(
      '+++\ntitle = "x"\nweight = 3\n[params]\ncolor = "red"\n+++\n',
    );
  });
});
