import type { ResolvedPos } from '@tiptap/pm/model';

/** How many list items enclose a position: 1 in a top-level bullet, 0 outside any list. */
export function listItemDepth($pos: ResolvedPos): number {
  let count = 0;
  for (let d = $pos.depth; d > 0; d--) if ($pos.node(d).type.name === 'listItem') count++;
  return count;
}

/** The document depth of the innermost list item around a position, or -1. */
export function innermostItemDepth($pos: ResolvedPos): number {
  for (let d = $pos.depth; d > 0; d--) if ($pos.node(d).type.name === 'listItem') return d;
  return -1;
}
