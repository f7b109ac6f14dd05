import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { InputError } from '../errors';
import { parseFrontMatter } from './parse-front-matter';
import { removeFrontMatterKey } from './remove-front-matter-key';
import { writeFrontMatter } from './write-front-matter';

describe('removeFrontMatterKey', () => {
  it('removes the entry lines and nothing else', () => {
    const { frontMatter } = parseFrontMatter(readCorpus('000.md'));
    const written = writeFrontMatter(removeFrontMatterKey(frontMatter, 'aliases'), '\n');
    expect(written).toBe(writeFrontMatter(frontMatter, '\n').replace(/aliases = \[[^\]]*\]\n/, ''));
    expect(written.endsWith('title = "EKS News 000"\n+++\n')).toBe(true);
  });

  it('removes the comment lines before the entry with it', () => {
    const { frontMatter } = parseFrontMatter('+++\na = 1\n# about b\nb = 2\n+++\n');
    expect(writeFrontMatter(removeFrontMatterKey(frontMatter, 'b'), '\n')).toBe(
      '+++\na = 1\n+++\n',
    );
  });

  it('returns the same object for a missing key, and refuses keys inside a table', () => {
    const { frontMatter } = parseFrontMatter('+++\na = 1\n[params]\nx = 1\n+++\n');
    expect(removeFrontMatterKey(frontMatter, 'missing')).toBe(frontMatter);
    expect(() => removeFrontMatterKey(frontMatter, 'params.x')).toThrow(InputError);
    const withoutTable = removeFrontMatterKey(frontMatter, 'params');
    expect(writeFrontMatter(withoutTable, '\n')).toBe('+++\na = 1\n+++\n');
  });
});
