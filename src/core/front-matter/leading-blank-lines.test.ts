import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { importIssue } from '../markdown/import-issue';
import { exportIssue } from '../markdown/export-issue';
import { getFrontMatterString } from './get-front-matter-string';
import { parseFrontMatter } from './parse-front-matter';
import { setFrontMatterValue } from './set-front-matter-value';
import { writeFrontMatter } from './write-front-matter';

// Hugo skips blank lines before the front matter of any format; so must Broadsheet, or the
// front matter would become editable prose in the intro.
const FILES = [
  ['TOML', '\n+++\ntitle = "Lead"\n+++\n\nBody.\n', '\n+++\ntitle = "New"\n+++\n'],
  ['YAML', ' \r\n---\r\ntitle: Lead\r\n---\r\nBody.\r\n', ' \r\n---\r\ntitle: New\r\n---\r\n'],
  ['JSON', '\n\n{\n  "title": "Lead"\n}\nBody.\n', '\n\n{\n  "title": "New"\n}\n'],
] as const;

describe('front matter after blank lines', () => {
  it.each(FILES)('%s is read as front matter and written back byte for byte', (_f, text) => {
    const issue = importIssue(text);
    expect(getFrontMatterString(issue.frontMatter, 'title')).toBe('Lead');
    expect(JSON.stringify(issue.intro)).not.toContain('Lead');
    expect(exportIssue(issue)).toBe(text);
  });

  it.each(FILES)('%s is edited in place, keeping the blank lines', (_f, text, edited) => {
    const { frontMatter } = parseFrontMatter(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    expect(writeFrontMatter(setFrontMatterValue(frontMatter, 'title', 'New'), eol)).toBe(edited);
  });

  it('reports a broken entry at its line in the file', () => {
    const error = (() => {
      try {
        parseFrontMatter('\n\n+++\ntitle = "x\n+++\n');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(4);
    expect((error as InputError).message).toMatch(/on line 4/);
  });

  it('leaves a file of blank lines and prose without front matter', () => {
    expect(parseFrontMatter('\n\nJust text.\n').bodyOffset).toBe(0);
    expect(parseFrontMatter('\n\n').frontMatter.format).toBe('none');
  });
});
