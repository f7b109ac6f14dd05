import { beforeAll, describe, expect, it } from 'vitest';
import { setFrontMatterValue } from '../../src/core/front-matter/set-front-matter-value.ts';
import { exportIssue } from '../../src/core/markdown/export-issue.ts';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import { buildWithHugo } from './build-with-hugo.ts';

// Hugo reads front matter after blank lines at the start of a file, in each format. Broadsheet
// reads it there too: the export after a title edit renders as the original does.

const FILES: Record<string, string> = {
  toml: '\n+++\ntitle = "Lead"\n+++\n\nBody [one](https://one.example/).\n',
  yaml: '  \n---\ntitle: Lead\n---\nBody [two](https://two.example/).\n',
  json: '\n\n{\n  "title": "Lead"\n}\nBody [three](https://three.example/).\n',
};

function retitled(text: string): string {
  const issue = importIssue(text);
  return exportIssue({
    ...issue,
    frontMatter: setFrontMatterValue(issue.frontMatter, 'title', 'New'),
  });
}

describe('front matter after blank lines in Hugo', () => {
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    const inputs: Record<string, string> = {};
    for (const [name, text] of Object.entries(FILES)) {
      inputs[`original/${name}`] = text;
      inputs[`edited/${name}`] = retitled(text);
    }
    rendered = await buildWithHugo(inputs);
  });

  it.each(Object.keys(FILES))(
    '%s: Hugo takes it as front matter, and so does the export',
    (name) => {
      const original = rendered[`original/${name}`] ?? '';
      expect(original.trim()).toMatch(/^<p>Body <a href="https:\/\/[a-z]+\.example\/">/);
      expect(original).not.toContain('Lead');
      const edited = retitled(FILES[name] ?? '');
      expect(edited.startsWith(FILES[name]?.slice(0, 2) ?? '?')).toBe(true);
      expect(edited).toMatch(/"New"|: New/);
      expect(rendered[`edited/${name}`]).toBe(original);
    },
  );
});
