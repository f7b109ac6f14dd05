import { describe, expect, it } from 'vitest';
import type { Issue } from '../types';
import { buildTestIssue } from '../../../../test/support/test-issue';
import { admitIssueParts } from './admit-issue-parts';
import { InvalidRecordError } from './invalid-record-error';

/** The issue with its `sectionIndex`th section's `blockIndex`th block replaced by `block`. */
function withBlock(issue: Issue, sectionIndex: number, blockIndex: number, block: unknown): Issue {
  const sections = issue.sections.map((section, index) =>
    index === sectionIndex
      ? { ...section, blocks: section.blocks.map((b, i) => (i === blockIndex ? block : b)) }
      : section,
  );
  return { ...issue, sections } as Issue;
}

const none = () => false;

describe('admitIssueParts', () => {
  it('lets a valid issue through whichever blocks are named as changed', () => {
    const issue = buildTestIssue({ cards: 6, sections: 2 });
    expect(() => admitIssueParts(issue, none)).not.toThrow();
    expect(() => admitIssueParts(issue, () => true)).not.toThrow();
  });

  it('refuses a bad changed block, naming its place in the issue', () => {
    const issue = buildTestIssue({ cards: 6, sections: 2 });
    const bad = { ...issue.sections[1]!.blocks[2]!, url: 42 };
    const damaged = withBlock(issue, 1, 2, bad);
    expect(() => admitIssueParts(damaged, (block) => block === bad)).toThrow(
      new InvalidRecordError('sections[1].blocks[2].url', 'expected a string, found number'),
    );
  });

  it('refuses a bad changed intro block under the path given', () => {
    const issue = buildTestIssue({ cards: 2 });
    const bad = { kind: 'prose', id: 'p1', after: '\n', content: 'not rich text' };
    const damaged = { ...issue, intro: [bad] };
    expect(() => admitIssueParts(damaged, (block) => block === bad, { path: 'issue' })).toThrow(
      /^issue\.intro\[0\]\.content: /,
    );
  });

  it('leaves alone a block the writer vouches for as admitted before', () => {
    const issue = buildTestIssue({ cards: 6, sections: 2 });
    const unchecked = { ...issue.sections[0]!.blocks[0]!, url: 42 };
    expect(() => admitIssueParts(withBlock(issue, 0, 0, unchecked), none)).not.toThrow();
  });

  it('still checks the whole head: its fields, its sections and their lists of blocks', () => {
    const issue = buildTestIssue({ cards: 4, sections: 2 });
    expect(() => admitIssueParts({ ...issue, status: 'lost' }, none)).toThrow(/^status: /);
    const headless = { ...issue, sections: [{ ...issue.sections[0]!, heading: 7 }] };
    expect(() => admitIssueParts(headless, none)).toThrow(/^sections\[0\]\.heading: /);
    const listless = { ...issue, sections: [{ ...issue.sections[0]!, blocks: 'none' }] };
    expect(() => admitIssueParts(listless, none)).toThrow(/^sections\[0\]\.blocks: /);
    expect(() => admitIssueParts({ ...issue, intro: {} }, none)).toThrow(/^intro: /);
    expect(() => admitIssueParts('an issue', none)).toThrow(InvalidRecordError);
  });
});
