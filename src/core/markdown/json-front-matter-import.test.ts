import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';

/** A newsletter issue with JSON front matter, as `hugo new` writes it from a JSON archetype. */
const JSON_ISSUE = [
  '{',
  '  "title": "Link list 12",',
  '  "date": "2024-03-01T09:00:00Z",',
  '  "tags": ["weekly", "links"]',
  '}',
  '',
  'Welcome to this week.',
  '',
  '## Reading',
  '',
  '* [A post](https://a.example/post)',
  '',
].join('\n');

describe('JSON front matter on import', () => {
  it('is read as front matter, not as an intro paragraph', () => {
    const issue = importIssue(JSON_ISSUE);
    expect(issue.frontMatter.format).toBe('json');
    expect(issue.frontMatter.entries.map((e) => e.key)).toEqual(['title', 'date', 'tags']);
    const introText = JSON.stringify(issue.intro);
    expect(introText).not.toContain('Link list 12');
    expect(introText).toContain('Welcome to this week.');
    expect(exportIssue(issue)).toBe(JSON_ISSUE);
  });

  it('refuses a JSON block that does not parse, rather than making it prose', () => {
    const broken = JSON_ISSUE.replace('"links"]', '"links"],');
    expect(() => importIssue(broken)).toThrow(InputError);
    const open = '{\n  "title": "never closed"\n\nSome text.\n';
    expect(() => importIssue(open)).toThrow(InputError);
  });

  it.each([
    ['TOML', '+++\ntitle = "x\n+++\n\nBody.\n'],
    ['YAML', '---\ntitle: [x\n---\n\nBody.\n'],
  ])('refuses broken %s front matter, rather than making it prose', (_name, text) => {
    expect(() => importIssue(text)).toThrow(InputError);
  });
});
