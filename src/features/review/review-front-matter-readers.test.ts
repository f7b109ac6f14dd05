import { describe, expect, it } from 'vitest';
import { readReviewIssue } from './read-review-issue';
import { reviewFrontMatterReaders } from './review-front-matter-readers';

// The reviewer's page reads each front matter format with the reader it needs, and the YAML one
// only for a file that opens with `---`.

const body = '\n## Section\n\n* [A link](https://example.com/a)\n';
const files = {
  toml: `+++\ntitle = "In TOML"\n+++\n${body}`,
  yaml: `---\ntitle: In YAML\n---\n${body}`,
  yamlAfterBom: `\uFEFF---\ntitle: In YAML after a BOM\n---\n${body}`,
  json: `{\n  "title": "In JSON"\n}\n${body}`,
  yamlAfterBlankLines: `\n  \r\n---\ntitle: In YAML after blank lines\n---\n${body}`,
};

describe('the reviewer page front matter readers', () => {
  it.each(Object.entries(files))('read the title of a %s file', async (_format, markdown) => {
    const readers = await reviewFrontMatterReaders(markdown);
    const issue = readReviewIssue(markdown, readers);
    expect(issue.title).toMatch(/^In (TOML|YAML|JSON)/);
    expect(issue.cards.map((card) => card.url)).toEqual(['https://example.com/a']);
  });

  it('leave the YAML reader out for a TOML or JSON file', async () => {
    for (const markdown of [files.toml, files.json, body]) {
      const readers = await reviewFrontMatterReaders(markdown);
      expect(readers.some((reader) => reader.opens('---\n'))).toBe(false);
    }
  });
});
