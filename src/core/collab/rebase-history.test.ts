import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { issue, section, text } from '../../../test/support/model-builders';
import type { Block, Issue, ProseBlock } from '../model/types';
import { rebaseHistory } from './rebase-history';

const prose = (id: string, value: string): ProseBlock => ({
  kind: 'prose',
  id,
  content: text(value),
  after: '\n\n',
});

/** One section of prose blocks, mine (L) and a colleague's (R) taking turns. */
const original: Issue = issue({
  sections: [
    section(
      's1',
      'News',
      ['L0', 'R0', 'L1', 'R1', 'L2', 'R2', 'L3', 'R3'].map((id) => prose(id, `text of ${id}`)),
    ),
  ],
});

const blocksOf = (value: Issue): Block[] => value.sections.flatMap((s) => s.blocks);
const textOf = (value: Issue, id: string): string | undefined => {
  const block = blocksOf(value).find((b) => b.id === id);
  return block?.kind === 'prose' ? (block.content[0] as { text: string }).text : undefined;
};

function mapBlocks(value: Issue, change: (blocks: Block[]) => Block[]): Issue {
  return { ...value, sections: value.sections.map((s) => ({ ...s, blocks: change(s.blocks) })) };
}
const editBlock = (value: Issue, id: string, to: string) =>
  mapBlocks(value, (blocks) => blocks.map((b) => (b.id === id ? prose(id, to) : b)));
const deleteBlock = (value: Issue, id: string) =>
  mapBlocks(value, (blocks) => blocks.filter((b) => b.id !== id));
const insertAfter = (value: Issue, at: string, block: Block) =>
  mapBlocks(value, (blocks) => blocks.flatMap((b) => (b.id === at ? [b, block] : [b])));
const setStatus = (value: Issue, by: string): Issue => ({
  ...value,
  status: 'in review',
  statusSetBy: by,
  statusChangedAt: 7,
});

/** A store's history in miniature: steps, undo, redo, and others' changes taken in. */
class History {
  past: Issue[] = [];
  future: Issue[] = [];
  constructor(public issue: Issue) {}
  edit(change: (value: Issue) => Issue) {
    this.past.push(this.issue);
    this.future = [];
    this.issue = change(this.issue);
  }
  takeShared(change: (value: Issue) => Issue) {
    const after = change(this.issue);
    this.past = rebaseHistory(this.past, this.issue, after);
    this.future = rebaseHistory(this.future, this.issue, after);
    this.issue = after;
  }
  undo() {
    const previous = this.past.pop();
    if (!previous) return;
    this.future.unshift(this.issue);
    this.issue = previous;
  }
  redo() {
    const next = this.future.shift();
    if (!next) return;
    this.past.push(this.issue);
    this.issue = next;
  }
}

describe('rebaseHistory', () => {
  it('undoes my step and keeps the text a colleague changed in another block', () => {
    const history = new History(original);
    history.edit((v) => editBlock(v, 'L0', 'mine'));
    history.takeShared((v) => editBlock(v, 'R0', 'theirs'));
    history.undo();
    expect(textOf(history.issue, 'L0')).toBe('text of L0');
    expect(textOf(history.issue, 'R0')).toBe('theirs');
    history.redo();
    expect(textOf(history.issue, 'L0')).toBe('mine');
    expect(textOf(history.issue, 'R0')).toBe('theirs');
  });

  it('gives a block both changed the colleague’s text in every snapshot', () => {
    const history = new History(original);
    history.edit((v) => editBlock(v, 'L0', 'mine'));
    history.edit((v) => editBlock(v, 'L0', 'mine again'));
    history.takeShared((v) => editBlock(v, 'L0', 'theirs'));
    history.undo();
    history.undo();
    expect(textOf(history.issue, 'L0')).toBe('theirs');
  });

  it('keeps a block the colleague added, after the block it follows, and their deletions', () => {
    const history = new History(original);
    history.edit((v) => deleteBlock(v, 'L1'));
    history.takeShared((v) => deleteBlock(insertAfter(v, 'R0', prose('N', 'new')), 'R2'));
    history.undo();
    expect(blocksOf(history.issue).map((b) => b.id)).toEqual([
      'L0',
      'R0',
      'N',
      'L1',
      'R1',
      'L2',
      'L3',
      'R3',
    ]);
  });

  it('takes a block the colleague moved, and leaves the others where I put them', () => {
    const history = new History(original);
    history.edit((v) => editBlock(v, 'L2', 'mine'));
    history.takeShared((v) => {
      const r3 = blocksOf(v).find((b) => b.id === 'R3') as Block;
      return insertAfter(deleteBlock(v, 'R3'), 'L0', r3);
    });
    history.undo();
    expect(blocksOf(history.issue).map((b) => b.id)).toEqual([
      'L0',
      'R3',
      'R0',
      'L1',
      'R1',
      'L2',
      'R2',
      'L3',
    ]);
    expect(textOf(history.issue, 'L2')).toBe('text of L2');
  });

  it('takes a colleague’s front matter entry, heading and status into every snapshot', () => {
    const history = new History(original);
    history.edit((v) => editBlock(v, 'L0', 'mine'));
    history.edit((v) => ({ ...v, preamble: 'my preamble\n' }));
    history.takeShared((v) => ({
      ...setStatus(v, 'Ana'),
      frontMatter: {
        ...v.frontMatter,
        entries: [...v.frontMatter.entries, { key: 'draft', value: true }],
      },
      sections: v.sections.map((s) => ({ ...s, heading: 'Their news' })),
    }));
    history.undo();
    history.undo();
    expect(history.issue.preamble).toBe(original.preamble);
    expect(textOf(history.issue, 'L0')).toBe('text of L0');
    expect(history.issue.frontMatter.entries.map((e) => e.key)).toEqual(['date', 'title', 'draft']);
    expect(history.issue.sections[0]?.heading).toBe('Their news');
    expect(history.issue.statusSetBy).toBe('Ana');
    expect(history.issue.status).toBe('in review');
  });

  it('returns the very snapshots a change did not reach', () => {
    const mine = editBlock(original, 'L0', 'mine');
    const [rebased] = rebaseHistory([original], mine, mine);
    expect(rebased).toBe(original);
    const sharedFrontMatter = { ...mine, preamble: 'theirs' };
    const [other] = rebaseHistory([original], mine, sharedFrontMatter);
    expect(other?.sections).toBe(original.sections);
  });
});

type Step =
  | { who: 'me'; act: 'edit' | 'delete'; pick: number; value: string }
  | { who: 'history'; act: 'undo' | 'redo' }
  | { who: 'them'; act: 'edit' | 'delete' | 'insert' | 'status'; pick: number; value: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    who: fc.constant('me' as const),
    act: fc.constantFrom('edit' as const, 'delete' as const),
    pick: fc.nat(),
    value: fc.string({ maxLength: 6 }),
  }),
  fc.record({
    who: fc.constant('history' as const),
    act: fc.constantFrom('undo' as const, 'redo' as const),
  }),
  fc.record({
    who: fc.constant('them' as const),
    act: fc.constantFrom('edit' as const, 'delete' as const, 'insert' as const, 'status' as const),
    pick: fc.nat(),
    value: fc.string({ maxLength: 6 }),
  }),
);

/** The ids of the blocks of `value` owned by me (L) or by the colleague (R, and the ones they add). */
const owned = (value: Issue, mine: boolean) =>
  blocksOf(value)
    .map((b) => b.id)
    .filter((id) => id.startsWith('L') === mine);

function theirChange(s: Extract<Step, { who: 'them' }>, target: string, n: number) {
  return (value: Issue): Issue => {
    if (s.act === 'edit') return editBlock(value, target, s.value);
    if (s.act === 'delete') return deleteBlock(value, target);
    if (s.act === 'insert') return insertAfter(value, target, prose(`N${n}`, s.value));
    return setStatus(value, s.value);
  };
}

/** Picks one of `ids` by `pick`, or none when there are none. */
const pickOf = (ids: string[], pick: number): string | undefined =>
  ids[pick % Math.max(ids.length, 1)];

function run(steps: Step[]) {
  const history = new History(original);
  let expected = original;
  steps.forEach((s, n) => {
    if (s.who === 'history') history[s.act]();
    else if (s.who === 'me') myStep(history, s);
    else {
      const target = pickOf(owned(history.issue, false), s.pick);
      if (target === undefined && s.act !== 'status') return;
      const change = theirChange(s, target ?? '', n);
      history.takeShared(change);
      expected = change(expected);
    }
  });
  return { history, expected };
}

function myStep(history: History, s: Extract<Step, { who: 'me' }>) {
  const target = pickOf(owned(history.issue, true), s.pick);
  if (target === undefined) return;
  history.edit((v) => (s.act === 'edit' ? editBlock(v, target, s.value) : deleteBlock(v, target)));
}

describe('rebaseHistory, with my steps and a colleague’s changes interleaved (property)', () => {
  it('undoing all my steps gives the original with only their changes; redo gives it back', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { history, expected } = run(steps);
        const latest = history.issue;
        const undone = history.past.length;
        while (history.past.length > 0) history.undo();
        expect(history.issue).toEqual(expected);
        for (let i = 0; i < undone; i++) history.redo();
        expect(history.issue).toEqual(latest);
      }),
      { numRuns: 300 },
    );
  });
});
