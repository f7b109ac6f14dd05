import type { Bullet } from '../model/types';
import { newId } from '../model/new-id';
import type { BlockNode } from './block-tree';
import { inlineFromTokens } from './inline-from-tokens';
import { gapBetween, sliceLines, type LineMap } from './line-map';

/** A bullet with the lines it came from; `after` is filled in once its neighbours are known. */
export interface LocatedBullet {
  bullet: Bullet;
  startLine: number;
  ownEndLine: number;
}

type ListNode = Extract<BlockNode, { type: 'list' }>;

/**
 * Reads a list of summary bullets, flattened in reading order with their depth. Returns undefined
 * when the list holds anything a bullet can't (a second paragraph, a code block, a fourth level),
 * so the caller keeps the whole card as raw markdown.
 */
export function readBullets(
  list: ListNode,
  depth: number,
  map: LineMap,
): LocatedBullet[] | undefined {
  if (depth > 3) return undefined;
  const out: LocatedBullet[] = [];
  for (const item of list.items) {
    const [paragraph, sublist, ...rest] = item.children;
    if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined;
    if (sublist && sublist.type !== 'list') return undefined;
    const startLine = item.start;
    const ownEndLine = paragraph.end;
    out.push({
      startLine,
      ownEndLine,
      bullet: {
        id: newId('b'),
        depth: depth as Bullet['depth'],
        content: inlineFromTokens(paragraph.inline),
        source: sliceLines(map, startLine, ownEndLine),
        after: '',
      },
    });
    if (sublist) {
      if (sublist.start <= ownEndLine) return undefined;
      const children = readBullets(sublist, depth + 1, map);
      if (!children) return undefined;
      out.push(...children);
    }
  }
  return out;
}

/**
 * Fills in each bullet's `after` from the lines between it and the next; the last bullet must end
 * on `endLine`, or undefined is returned (content the model would not write back).
 */
export function linkBullets(
  located: LocatedBullet[],
  endLine: number,
  map: LineMap,
): Bullet[] | undefined {
  const bullets: Bullet[] = [];
  for (let i = 0; i < located.length; i++) {
    const current = located[i] as LocatedBullet;
    const next = located[i + 1];
    if (!next && current.ownEndLine !== endLine) return undefined;
    const after = next ? gapBetween(map, current.ownEndLine, next.startLine) : '';
    bullets.push({ ...current.bullet, after });
  }
  return bullets;
}
