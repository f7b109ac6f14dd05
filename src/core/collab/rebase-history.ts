import type { Block, FrontMatter, FrontMatterEntry, Issue, Section } from '../model/types';
import { listsChange, type ListsChange } from './lists-change';
import { rebaseList } from './rebase-list';
import { sameValue } from './same-value';

/** The container name of the blocks before the first section (a section's id is never empty). */
const INTRO = '';
const byId = (item: { id: string }): string => item.id;
const SCALARS = ['id', 'preamble', 'epilogue', 'dialect', 'templateId', 'createdAt'] as const;
const STATUS = ['status', 'statusChangedAt', 'statusSetBy'] as const;
const FENCES = ['format', 'open', 'close', 'unreadable'] as const;
const HEADING = ['heading', 'level', 'headingSource', 'headingAfter'] as const;

/**
 * Undo snapshots with a change someone else made (`before` to `after`, the issue the store held
 * and the one the shared document now gives) taken into each: every part the change touched
 * (a front matter entry, the fences, preamble, epilogue, a section's heading, a block, where a
 * block or section sits, the status with who set it and when) reads in every snapshot as it does
 * in `after`; every other part stays as the snapshot has it. So undo takes back only this
 * person's own steps and leaves the colleague's edits in place. A block both changed: it reads
 * as `after` has it in every snapshot that holds it (undo never reverts a colleague's text; this
 * person's earlier steps on that block are given up). A snapshot that lacks a section the change
 * added a block to stays without that block.
 */
export function rebaseHistory(snapshots: Issue[], before: Issue, after: Issue): Issue[] {
  if (snapshots.length === 0 || before === after) return snapshots;
  const rebase = rebaser(before, after);
  return snapshots.map(rebase);
}

function rebaser(before: Issue, after: Issue): (snapshot: Issue) => Issue {
  const top: (keyof Issue)[] = changedKeys(before, after, SCALARS);
  if (changedKeys(before, after, STATUS).length > 0) top.push(...STATUS);
  const fences = changedKeys(before.frontMatter, after.frontMatter, FENCES);
  const entries = listsChange(
    one(before.frontMatter.entries),
    one(after.frontMatter.entries),
    (entry) => entry.key,
    sameValue,
  );
  const sections = listsChange(one(before.sections), one(after.sections), byId, sameHeading);
  const blocks = listsChange(blockLists(before), blockLists(after), byId, sameValue);
  return (snapshot) => {
    const next: Issue = { ...snapshot };
    for (const key of top) copy(next, after, key);
    next.frontMatter = rebaseFrontMatter(snapshot.frontMatter, after.frontMatter, fences, entries);
    const rebasedSections = rebaseList(snapshot.sections, INTRO, sections, {
      keyOf: byId,
      take: (mine, theirs) => withHeading(mine, theirs),
      fresh: (theirs, mine) => (mine ? withHeading(mine, theirs) : { ...theirs, blocks: [] }),
    });
    next.intro = rebaseBlocks(snapshot.intro, INTRO, blocks);
    const sectionsNow = rebasedSections.map((section) => {
      const rebased = rebaseBlocks(section.blocks, section.id, blocks);
      return rebased === section.blocks ? section : { ...section, blocks: rebased };
    });
    next.sections = sameItems(sectionsNow, snapshot.sections) ? snapshot.sections : sectionsNow;
    return unchangedAs(snapshot, next, top.length === 0 && fences.length === 0);
  };
}

function rebaseBlocks(list: Block[], container: string, change: ListsChange<Block>): Block[] {
  return rebaseList(list, container, change, {
    keyOf: byId,
    take: (_mine, theirs) => theirs,
    fresh: (theirs) => theirs,
  });
}

function rebaseFrontMatter(
  mine: FrontMatter,
  theirs: FrontMatter,
  fences: readonly (typeof FENCES)[number][],
  entries: ListsChange<FrontMatterEntry>,
): FrontMatter {
  if (fences.length === 0 && entries.none) return mine;
  const next: FrontMatter = { ...mine };
  for (const key of fences) copy(next, theirs, key);
  next.entries = rebaseList(mine.entries, INTRO, entries, {
    keyOf: (entry) => entry.key,
    take: (_mine, changed) => changed,
    fresh: (changed) => changed,
  });
  return next;
}

/** The snapshot itself when rebasing changed none of its parts. */
function unchangedAs(snapshot: Issue, next: Issue, noTopChange: boolean): Issue {
  const same =
    noTopChange &&
    next.frontMatter === snapshot.frontMatter &&
    next.intro === snapshot.intro &&
    next.sections === snapshot.sections;
  return same ? snapshot : next;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function withHeading(mine: Section, theirs: Section): Section {
  const next: Section = { ...mine };
  for (const key of HEADING) copy(next, theirs, key);
  return next;
}

function sameHeading(a: Section, b: Section): boolean {
  return HEADING.every((key) => a[key] === b[key]);
}

function blockLists(issue: Issue): Map<string, Block[]> {
  const lists = new Map<string, Block[]>([[INTRO, issue.intro]]);
  for (const section of issue.sections) lists.set(section.id, section.blocks);
  return lists;
}

function one<T>(list: T[]): Map<string, T[]> {
  return new Map([[INTRO, list]]);
}

function changedKeys<T extends object, K extends keyof T>(a: T, b: T, keys: readonly K[]): K[] {
  return keys.filter((key) => !sameValue(a[key], b[key]));
}

/** `target[key]` set to `source[key]`, or left out when `source` has none. */
function copy<T extends object, K extends keyof T>(target: T, source: T, key: K): void {
  if (source[key] === undefined) delete target[key];
  else target[key] = source[key];
}
