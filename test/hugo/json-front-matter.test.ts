import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/core/front-matter/parse-front-matter.ts';
import { setFrontMatterValue } from '../../src/core/front-matter/set-front-matter-value.ts';
import { writeFrontMatter } from '../../src/core/front-matter/write-front-matter.ts';
import { exportIssue } from '../../src/core/markdown/export-issue.ts';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import { buildWithHugo } from './build-with-hugo.ts';
import { repoRoot } from './corpus.ts';

// A newsletter issue whose front matter is JSON: real Hugo must take the JSON as front matter
// (not body), and render the file as Broadsheet exports it, unedited and after front matter edits,
// exactly as the original.

const original = readFileSync(path.join(repoRoot, 'test/fixtures/synthetic-json/012.md'), 'utf8');

function withFrontMatterEdits(text: string): string {
  const issue = importIssue(text);
  let fm = setFrontMatterValue(issue.frontMatter, 'title', 'Link List 13: "quotes" & {braces}');
  fm = setFrontMatterValue(fm, 'categories', ['Archive', '2024', 'Weekly']);
  fm = setFrontMatterValue(fm, 'author', 'The Editors');
  return exportIssue({ ...issue, frontMatter: fm });
}

describe('a JSON front matter issue in Hugo', () => {
  let rendered: Record<string, string> = {};
  let edited = '';

  beforeAll(async () => {
    edited = withFrontMatterEdits(original);
    rendered = await buildWithHugo({
      original,
      roundtrip: exportIssue(importIssue(original)),
      edited,
    });
  });

  it('is read by Hugo as front matter: the body starts with the intro', () => {
    const body = rendered.original ?? '';
    expect(body.trim().startsWith('<p>Welcome to issue 12.')).toBe(true);
    expect(body).not.toContain('Link List 12');
    expect(body).toContain('<a href="https://blog.example.com/small-containers">');
  });

  it('renders identically after an unedited round trip', () => {
    expect(rendered.roundtrip).toBe(rendered.original);
  });

  it('renders identically after front matter edits, which Hugo reads as JSON', () => {
    const head = edited.slice(0, parseFrontMatter(edited).bodyOffset);
    expect(JSON.parse(head)).toMatchObject({
      title: 'Link List 13: "quotes" & {braces}',
      categories: ['Archive', '2024', 'Weekly'],
      author: 'The Editors',
    });
    expect(writeFrontMatter(importIssue(edited).frontMatter, '\n')).toBe(head);
    expect(rendered.edited).toBe(rendered.original);
  });
});
