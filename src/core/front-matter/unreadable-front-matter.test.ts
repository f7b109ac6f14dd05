import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { exportIssue } from '../markdown/export-issue';
import { importIssue } from '../markdown/import-issue';
import { admitIssue } from '../model/schema/admit-issue';
import type { Issue } from '../model/types';
import { setIssueStatus } from '../status/set-issue-status';
import { parseFrontMatter } from './parse-front-matter';
import { removeFrontMatterKey } from './remove-front-matter-key';
import { setFrontMatterValue } from './set-front-matter-value';

// Front matter whose block is whole but whose content cannot be read is imported, kept whole and
// read-only with the reason, and exported byte for byte; the body is read as usual.

const body = '\nHello.\n\n## Releases\n\n* [Karpenter 1.0](https://k.example/1.0)\n  * Stable.\n';

const broken: [string, string, string, number][] = [
  ['TOML', 'toml', '+++\ntitle = "Cluster Notes 41\ndate = 2024-03-08T08:30:00Z\n+++\n', 2],
  ['YAML', 'yaml', '---\ntitle: Release Radar: March 2024\ndate: 2024-03-01\n---\n', 2],
  ['JSON', 'json', '{\n  "title": "Platform Digest 29"\n  "draft": false\n}\n', 3],
  ['TOML with a key set twice', 'toml', '+++\ntitle = "a"\ntitle = "b"\n+++\n', 3],
];

describe.each(broken)('%s front matter that cannot be read', (_name, format, block, line) => {
  const text = block + body;
  const issue = importIssue(text, { keepUnreadableFrontMatter: true });

  it('is kept whole, with the reason and its line, and no entries', () => {
    expect(issue.frontMatter).toMatchObject({ format, open: block, entries: [], close: '' });
    expect(issue.frontMatter.unreadable).toMatch(new RegExp(`line ${line}\\b`));
  });

  it('leaves the body to be read as usual: no front matter text in the intro', () => {
    expect(issue.intro.map((b) => (b.kind === 'prose' ? b.source : b.kind))).toEqual(['Hello.']);
    expect(issue.sections[0]?.blocks[0]).toMatchObject({ kind: 'card', title: 'Karpenter 1.0' });
  });

  it('comes back byte for byte, and through the schema door unchanged', () => {
    expect(exportIssue(issue)).toBe(text);
    expect(exportIssue(admitIssue(JSON.parse(JSON.stringify(issue)) as Issue))).toBe(text);
  });

  it('refuses every edit of a key, with the reason', () => {
    const edit = () => setFrontMatterValue(issue.frontMatter, 'title', 'Fixed');
    expect(edit).toThrow(InputError);
    expect(edit).toThrow(issue.frontMatter.unreadable);
    expect(() => removeFrontMatterKey(issue.frontMatter, 'title')).toThrow(InputError);
  });

  it('makes no claim about the draft status, so the status changes alone', () => {
    const ready = setIssueStatus(issue, 'ready', 1);
    expect(ready.status).toBe('ready');
    expect(exportIssue(ready)).toBe(text);
  });

  it('is refused, with its line, by an import that does not keep it, and by the parser', () => {
    expect(() => importIssue(text)).toThrow(new RegExp(`on line ${line}\\b`));
    expect(() => parseFrontMatter(text)).toThrow(InputError);
  });
});

describe('front matter that never closes', () => {
  it('is still refused: where it ends cannot be known', () => {
    const text = '+++\ntitle = "x"\n\nHello.\n';
    expect(() => importIssue(text, { keepUnreadableFrontMatter: true })).toThrow(/never closed/);
  });
});
