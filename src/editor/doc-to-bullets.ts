import type { JSONContent } from '@tiptap/core';
import type { Bullet } from '../core/model/types';
import type { BulletInput } from '../core/model/ops/card-ops';
import { BULLET_ID } from './bullet-item';
import { MAX_BULLET_DEPTH } from './max-bullet-depth';
import { nodesToRichText } from './nodes-to-rich-text';

/**
 * The model's flat bullet list for a TipTap document: every list item in reading order with its
 * depth and its bullet id. Lists nested deeper than three levels (pasted ones) are flattened to
 * the third level. An item with no text is not a bullet: the empty item left by Enter becomes one
 * only once something is typed into it. A second item with the same id (copied within the editor)
 * loses it, so ids stay unique.
 */
export function docToBullets(doc: JSONContent): BulletInput[] {
  const out: BulletInput[] = [];
  const seen = new Set<string>();
  for (const node of doc.content ?? []) {
    if (node.type === 'bulletList') readList(node, 1, out, seen);
    else if (node.type === 'paragraph') pushBullet(out, seen, nodesToRichText(node.content), 1);
  }
  return out;
}

function readList(list: JSONContent, depth: number, out: BulletInput[], seen: Set<string>): void {
  for (const item of list.content ?? []) {
    if (item.type !== 'listItem') continue;
    let id = idOf(item);
    for (const child of item.content ?? []) {
      if (child.type === 'paragraph') {
        pushBullet(out, seen, nodesToRichText(child.content), depth, id);
        id = undefined;
      } else if (child.type === 'bulletList') {
        readList(child, Math.min(depth + 1, MAX_BULLET_DEPTH), out, seen);
      }
    }
  }
}

function pushBullet(
  out: BulletInput[],
  seen: Set<string>,
  content: BulletInput['content'],
  depth: number,
  id?: string,
): void {
  if (content.length === 0) return;
  const bullet: BulletInput = { depth: depth as Bullet['depth'], content };
  if (id !== undefined && !seen.has(id)) {
    bullet.id = id;
    seen.add(id);
  }
  out.push(bullet);
}

function idOf(item: JSONContent): string | undefined {
  const id = item.attrs?.[BULLET_ID];
  return typeof id === 'string' && id !== '' ? id : undefined;
}
