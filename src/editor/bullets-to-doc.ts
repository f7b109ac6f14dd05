import type { JSONContent } from '@tiptap/core';
import type { Bullet } from '../core/model/types';
import { BULLET_ID } from './bullet-item';
import { MAX_BULLET_DEPTH } from './max-bullet-depth';
import { richTextToNodes } from './rich-text-to-nodes';

/**
 * A card's flat bullets (depth 1..3) as a TipTap document: one bulletList whose items nest
 * sub-lists. Each item carries its bullet's id, so unchanged bullets keep their original text when
 * the editor's content goes back into the model. A bullet more than one level deeper than the one
 * before it is placed one level deeper only (the nearest shape a list can have). No bullets give
 * one empty item to type into.
 */
export function bulletsToDoc(bullets: readonly Bullet[]): JSONContent {
  const root: JSONContent[] = [];
  // lists[d] holds the items of the open list at depth d + 1.
  const lists: JSONContent[][] = [root];
  let level = 0;
  for (const bullet of bullets) {
    const depth = Math.max(1, Math.min(bullet.depth, level + 1, MAX_BULLET_DEPTH));
    if (depth > level && level > 0) openSubList(lists);
    else lists.length = depth;
    (lists[depth - 1] as JSONContent[]).push(itemFor(bullet));
    level = depth;
  }
  if (root.length === 0) root.push({ type: 'listItem', content: [{ type: 'paragraph' }] });
  return { type: 'doc', content: [{ type: 'bulletList', content: root }] };
}

/** Opens a list inside the last item of the deepest open list. */
function openSubList(lists: JSONContent[][]): void {
  const parentItems = lists[lists.length - 1] as JSONContent[];
  const parent = parentItems[parentItems.length - 1] as JSONContent;
  const items: JSONContent[] = [];
  parent.content = [...(parent.content ?? []), { type: 'bulletList', content: items }];
  lists.push(items);
}

function itemFor(bullet: Bullet): JSONContent {
  const inline = richTextToNodes(bullet.content);
  const paragraph: JSONContent =
    inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
  return { type: 'listItem', attrs: { [BULLET_ID]: bullet.id }, content: [paragraph] };
}
