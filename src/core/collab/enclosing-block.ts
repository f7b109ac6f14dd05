import * as Y from 'yjs';
import { issueDocNames } from './issue-doc-names';

/**
 * The block (a card, a prose or a raw block, as a map in the intro or in a section's blocks)
 * that holds a changed shared type, the block's map itself included; undefined when the change is
 * not inside one block: a list of blocks or sections changed, a section's heading, the front
 * matter, anything outside the issue's map, or a type no longer in the document.
 */
export function enclosingBlock<T>(type: Y.AbstractType<T>): Y.Map<unknown> | undefined {
  // From the issue's map down to the changed type.
  const path: Y.AbstractType<unknown>[] = [];
  const changed = type as unknown as Y.AbstractType<unknown>;
  for (let at: Y.AbstractType<unknown> | undefined = changed; at !== undefined; at = parentOf(at)) {
    if (at._item?.deleted) return undefined;
    path.unshift(at);
  }
  const [root, list] = path;
  if (root === undefined || root.doc?.getMap(issueDocNames.issue) !== root) return undefined;
  const key = list?._item?.parentSub;
  if (key === 'intro') return blockAt(path, 2);
  if (key !== 'sections' || path[3]?._item?.parentSub !== 'blocks') return undefined;
  return blockAt(path, 4);
}

function parentOf(type: Y.AbstractType<unknown>): Y.AbstractType<unknown> | undefined {
  const parent = type._item?.parent;
  return parent instanceof Y.AbstractType ? (parent as Y.AbstractType<unknown>) : undefined;
}

function blockAt(path: Y.AbstractType<unknown>[], depth: number): Y.Map<unknown> | undefined {
  const block = path[depth];
  return block instanceof Y.Map && block._item?.parentSub === null ? block : undefined;
}
