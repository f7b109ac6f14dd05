import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { getFrontMatterDate } from '../../core/front-matter/get-front-matter-date';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import { parseFrontMatter } from '../../core/front-matter/parse-front-matter';
import { readFrontMatterFields } from './read-front-matter-fields';

describe('readFrontMatterFields', () => {
  it('reads title, date and slug of every corpus issue as the full parser does', () => {
    for (const name of corpusFiles()) {
      const text = readCorpus(name).replace(/\r\n?/g, '\n');
      const { frontMatter, bodyOffset } = parseFrontMatter(text);
      const fields = readFrontMatterFields(text);
      expect(fields.title, name).toBe(getFrontMatterString(frontMatter, 'title') ?? '');
      expect(fields.date, name).toBe(getFrontMatterDate(frontMatter, 'date') ?? '');
      expect(fields.slug, name).toBe(getFrontMatterString(frontMatter, 'slug') ?? '');
      expect(fields.body, name).toBe(text.slice(bodyOffset));
    }
  });

  it('reads YAML and escaped strings, and tolerates what it cannot read', () => {
    const yaml = readFrontMatterFields("---\ntitle: 'It''s \"here\"'\ndate: 2024-01-02\n---\nBody");
    expect(yaml).toEqual({ title: 'It\'s "here"', date: '2024-01-02', slug: '', body: 'Body' });
    const toml = readFrontMatterFields(
      '+++\ntitle = "A \\"b\\" \\u00e9"\n[params]\nslug = "x"\n+++\n',
    );
    expect(toml).toMatchObject({ title: 'A "b" é', slug: '' });
    const open = readFrontMatterFields('+++\ntitle = "never closed"\n');
    expect(open).toEqual({ title: '', date: '', slug: '', body: '+++\ntitle = "never closed"\n' });
  });
});
