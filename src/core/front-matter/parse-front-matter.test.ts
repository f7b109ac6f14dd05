import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { InputError } from '../errors';
import { parseFrontMatter } from './parse-front-matter';
import { writeFrontMatter } from './write-front-matter';

/** Where the body starts, found without the code under test: after the second `+++` line. */
function fenceEnd(text: string): number {
  const close = text.indexOf('\n+++', 3) + 4;
  return text[close] === '\r' ? close + 2 : text[close] === '\n' ? close + 1 : close;
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

describe('parseFrontMatter on the archive', () => {
  it.each(corpusFiles())('%s: writes back the same bytes', (name) => {
    const text = readCorpus(name);
    const { frontMatter, bodyOffset } = parseFrontMatter(text);
    expect(bodyOffset).toBe(fenceEnd(text));
    expect(writeFrontMatter(frontMatter, '\n')).toBe(text.slice(0, bodyOffset));
    const keyLines = text.slice(0, bodyOffset).match(/^[a-z]+ = /gm) ?? [];
    expect(frontMatter.entries.map((e) => e.key)).toEqual(keyLines.map((k) => k.slice(0, -3)));
  });

  it('reads typed values, dates as written', () => {
    const { frontMatter } = parseFrontMatter(readCorpus('056.md'));
    expect(frontMatter.format).toBe('toml');
    expect(frontMatter.open).toBe('+++\n');
    expect(frontMatter.close).toBe('+++\n');
    expect(Object.fromEntries(frontMatter.entries.map((e) => [e.key, e.value]))).toEqual({
      author: 'AWS Kubernetes Developer Advocates',
      categories: ['Archive', '2023', 'Weekly'],
      date: { date: '2023-06-09T07:00:00Z' },
      description: '#056 edition of the EKS newsletter',
      draft: false,
      slug: '056',
      title: 'EKS News 056',
    });
  });

  it('keeps a multi-line array as one entry', () => {
    const { frontMatter } = parseFrontMatter(readCorpus('000.md'));
    const aliases = frontMatter.entries.at(-1);
    expect(aliases?.value).toEqual(['/blog/eks-news-000', '/archive/eks-news-006']);
    expect(aliases?.source).toBe(
      'aliases = [\n    "/blog/eks-news-000",\n    "/archive/eks-news-006"\n]\n',
    );
  });
});

describe('parseFrontMatter on other input', () => {
  it('keeps CRLF line ends in open, sources and close', () => {
    const text = readCorpus('056.md').replace(/\n/g, '\r\n');
    const { frontMatter, bodyOffset } = parseFrontMatter(text);
    expect(frontMatter.open).toBe('+++\r\n');
    expect(frontMatter.close).toBe('+++\r\n');
    expect(frontMatter.entries[0]?.source).toBe(
      'author = "AWS Kubernetes Developer Advocates"\r\n',
    );
    expect(writeFrontMatter(frontMatter, '\r\n')).toBe(text.slice(0, bodyOffset));
    expect(text.slice(bodyOffset).startsWith('{{< eo >}}\r\n')).toBe(true);
  });

  it('ends lines at a bare CR too, in TOML and YAML, keeping each line end as read', () => {
    const toml = readCorpus('056.md').replace(/\n/g, '\r');
    const { frontMatter, bodyOffset } = parseFrontMatter(toml);
    expect(frontMatter.open).toBe('+++\r');
    expect(frontMatter.entries[0]?.source).toBe('author = "AWS Kubernetes Developer Advocates"\r');
    expect(frontMatter.entries.find((e) => e.key === 'categories')?.value).toEqual([
      'Archive',
      '2023',
      'Weekly',
    ]);
    expect(writeFrontMatter(frontMatter, '\r')).toBe(toml.slice(0, bodyOffset));
    const yaml = '---\rtitle: x\r\ntags:\r  - a\n  - b\r---\rbody';
    const read = parseFrontMatter(yaml);
    expect(read.frontMatter.entries.map((e) => [e.key, e.value, e.source])).toEqual([
      ['title', 'x', 'title: x\r\n'],
      ['tags', ['a', 'b'], 'tags:\r  - a\n  - b\r'],
    ]);
    expect(yaml.slice(read.bodyOffset)).toBe('body');
  });

  it('reports broken TOML on its line when lines end in a bare CR', () => {
    const error = errorOf(() => parseFrontMatter('+++\rtitle = "x"\rslug = \r+++\r'));
    expect(error.line).toBe(3);
  });

  it('reads a file without front matter as none', () => {
    const result = parseFrontMatter('# Title\n\ntext\n');
    expect(result).toEqual({
      frontMatter: { format: 'none', open: '', entries: [], close: '' },
      bodyOffset: 0,
    });
    expect(parseFrontMatter('').bodyOffset).toBe(0);
  });

  it('reads front matter without a line end after the closing fence', () => {
    const { frontMatter, bodyOffset } = parseFrontMatter('+++\ntitle = "x"\n+++');
    expect(frontMatter.close).toBe('+++');
    expect(bodyOffset).toBe(19);
  });

  it('puts comment and blank lines with the entry after them, and trailing ones in close', () => {
    const text = '+++\n# The title\ntitle = "x" # shown\n\nslug = "1"\n# end\n+++\nbody';
    const { frontMatter } = parseFrontMatter(text);
    expect(frontMatter.entries.map((e) => e.source)).toEqual([
      '# The title\ntitle = "x" # shown\n',
      '\nslug = "1"\n',
    ]);
    expect(frontMatter.close).toBe('# end\n+++\n');
    expect(writeFrontMatter(frontMatter, '\n')).toBe(text.slice(0, -4));
  });

  it('keeps TOML tables and arrays of tables as entries holding their text', () => {
    const text = [
      '+++',
      'title = "x"',
      '[params]',
      '  color = "red"',
      '  list = [',
      '    [1, 2],',
      '  ]',
      '[[menu.main]]',
      '  name = "a"',
      '[[menu.main]]',
      '  name = "b"',
      '+++',
      '',
    ].join('\n');
    const { frontMatter } = parseFrontMatter(text);
    expect(frontMatter.entries.map((e) => [e.key, e.value])).toEqual([
      ['title', 'x'],
      ['params', { color: 'red', list: [[1, 2]] }],
      ['menu.main', { name: 'a' }],
      ['menu.main', { name: 'b' }],
    ]);
    expect(frontMatter.entries[1]?.source).toBe(
      '[params]\n  color = "red"\n  list = [\n    [1, 2],\n  ]\n',
    );
    expect(writeFrontMatter(frontMatter, '\n')).toBe(text);
  });

  it('reads quoted and dotted keys, literal strings and a # inside a string', () => {
    const text = '+++\n"my key" = \'a # b\'\nsite.name = "n" # c\n+++\n';
    const { frontMatter } = parseFrontMatter(text);
    expect(frontMatter.entries.map((e) => [e.key, e.value])).toEqual([
      ['my key', 'a # b'],
      ['site.name', 'n'],
    ]);
  });

  it('reports broken TOML with the line in the file', () => {
    const text = readCorpus('056.md').replace('draft = false', 'draft = maybe');
    const error = errorOf(() => parseFrontMatter(text));
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/TOML.*line 6/);
  });

  it('reports an unterminated string on its line', () => {
    const error = errorOf(() => parseFrontMatter('+++\nslug = "1"\ntitle = "x\n+++\n'));
    expect(error.line).toBe(3);
  });

  it('reports a duplicate key with its line', () => {
    const error = errorOf(() =>
      parseFrontMatter('+++\nslug = "1"\ntitle = "x"\nslug = "2"\n+++\n'),
    );
    expect(error.line).toBe(4);
  });

  it('reports an unclosed fence', () => {
    const error = errorOf(() => parseFrontMatter('+++\ntitle = "x"\nbody\n'));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/never closed/);
  });
});
