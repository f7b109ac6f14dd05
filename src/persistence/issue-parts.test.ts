import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../core/markdown/import-issue';
import type { Issue } from '../core/model/types';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { joinIssue, splitIssue } from './issue-parts';

const corpus = (name: string): Issue =>
  importIssue(
    readFileSync(new URL(`../../test/fixtures/eks-news/${name}`, import.meta.url), 'utf8'),
    { id: `eks-${name}`, now: 1 },
  );

function byKey(parts: { key: string; block: unknown }[]): Map<string, unknown> {
  return new Map(parts.map((p) => [p.key, p.block]));
}

describe('an issue split into a head and its blocks', () => {
  it('puts corpus issues back together exactly, intro and prose sections included', () => {
    for (const name of ['003.md', '056.md', '078.md']) {
      const issue = corpus(name);
      const { head, parts } = splitIssue(issue);
      const blockCount =
        issue.intro.length + issue.sections.reduce((n, s) => n + s.blocks.length, 0);
      expect(parts).toHaveLength(blockCount);
      expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(issue).length / 2);
      expect(joinIssue(structuredClone(head), byKey(parts))).toEqual(issue);
    }
  });

  it('keeps blocks that share an id apart, in their order', () => {
    const issue = corpus('056.md');
    const section = issue.sections[0]!;
    const twin = { ...section.blocks[1]!, id: section.blocks[0]!.id };
    const doubled: Issue = {
      ...issue,
      sections: [{ ...section, blocks: [section.blocks[0]!, twin] }, ...issue.sections.slice(1)],
    };
    const { head, parts } = splitIssue(doubled);
    expect(head.sections[0]!.blocks).toEqual([twin.id, `${twin.id}#2`]);
    expect(joinIssue(head, byKey(parts))).toEqual(doubled);
  });

  it('names the place of a block the head lists but storage lacks', () => {
    const issue = corpus('056.md');
    const { head, parts } = splitIssue(issue);
    const missing = head.sections[2]!.blocks[1]!;
    const partial = byKey(parts.filter((p) => p.key !== missing));
    expect(() => joinIssue(head, partial, 'issues["x"]')).toThrow(
      new InvalidRecordError('issues["x"].sections[2].blocks[1]', 'the block is missing'),
    );
  });

  it('hands a head that is not an issue through unchanged, for the validator to report', () => {
    expect(joinIssue('garbage', new Map())).toBe('garbage');
    expect(joinIssue({ id: 'x', sections: 3 }, new Map())).toEqual({
      id: 'x',
      sections: 3,
      intro: undefined,
    });
  });
});
