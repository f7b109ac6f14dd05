// An issue stored in parts: a small head (everything but the blocks, with each section listing
// its blocks' keys) and one row per block. An autosave after typing in one card then writes the
// head and that one card, not the whole issue: a 500-card issue is half a megabyte, and writing
// it whole on every pause in typing costs far more than the 15 ms an autosave may take (large
// values also leave the database for separate blob files in Chromium).

import type { Block, Issue, Section } from '../core/model/types';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { field, item } from '../core/model/schema/validate-primitives';

export interface SectionHead extends Omit<Section, 'blocks'> {
  /** The keys of the section's blocks, in order. */
  blocks: string[];
}

export interface IssueHead extends Omit<Issue, 'intro' | 'sections'> {
  intro: string[];
  sections: SectionHead[];
}

export interface IssuePart {
  /** The block's id; a later block repeating an id gets `id#2`, `id#3` and so on. */
  key: string;
  block: Block;
}

export interface SplitIssue {
  head: IssueHead;
  parts: IssuePart[];
}

export function splitIssue(issue: Issue): SplitIssue {
  const parts: IssuePart[] = [];
  const used = new Set<string>();
  const keyOf = (block: Block): string => {
    let key = block.id;
    for (let n = 2; used.has(key); n++) key = `${block.id}#${n}`;
    used.add(key);
    parts.push({ key, block });
    return key;
  };
  const intro = issue.intro.map(keyOf);
  const sections = issue.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map(keyOf),
  }));
  return { head: { ...issue, intro, sections }, parts };
}

function joinBlocks(
  keys: unknown,
  blocks: ReadonlyMap<string, unknown>,
  path: string,
): unknown[] | unknown {
  if (!Array.isArray(keys)) return keys;
  return keys.map((key: unknown, index) => {
    // Anything but a key is handed through: a body kept whole by the upgrade holds its blocks.
    if (typeof key !== 'string') return key;
    const block = blocks.get(key);
    if (block === undefined)
      throw new InvalidRecordError(item(path, index), 'the block is missing');
    return block;
  });
}

/**
 * Puts an issue back together from a head and its blocks as read from storage. The result is
 * still unchecked (the caller validates it); a block the head lists but storage lacks is named.
 * A head that is a whole issue (a damaged body the upgrade could not split) comes back as it is.
 */
export function joinIssue(head: unknown, blocks: ReadonlyMap<string, unknown>, path = ''): unknown {
  if (typeof head !== 'object' || head === null) return head;
  const { intro, sections } = head as { intro?: unknown; sections?: unknown };
  const joinedSections = Array.isArray(sections)
    ? sections.map((section: unknown, index) => {
        if (typeof section !== 'object' || section === null) return section;
        const at = field(item(field(path, 'sections'), index), 'blocks');
        const keys = (section as { blocks?: unknown }).blocks;
        return { ...section, blocks: joinBlocks(keys, blocks, at) };
      })
    : sections;
  return {
    ...head,
    intro: joinBlocks(intro, blocks, field(path, 'intro')),
    sections: joinedSections,
  };
}
