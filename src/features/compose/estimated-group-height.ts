import type { Block } from '../../core/model/types';

// Pixel heights of blocks as the editor lays them out at its usual width, measured in Chromium:
// a card is its fields and actions plus a line per bullet; the gap is the groups' (0.75rem).
const CARD_PX = 240;
const BULLET_PX = 32;
const PROSE_PX = 90;
const RAW_LINE_PX = 20;
const RAW_PX = 70;
const GAP_PX = 12;

function blockHeight(block: Block | undefined): number {
  if (block === undefined) return 0;
  if (block.kind === 'prose') return PROSE_PX;
  if (block.kind === 'raw') return RAW_PX + RAW_LINE_PX * block.markdown.split('\n').length;
  const lines = block.bullets.length + (block.description?.length ?? 0);
  return CARD_PX + BULLET_PX * Math.max(1, lines);
}

/**
 * The height a group of blocks is likely to take rendered as cards, for its placeholder before
 * it has been rendered once: close enough that the scroll bar and a jump far down land near the
 * right cards; the browser's scroll anchoring absorbs the difference when they render.
 */
export function estimatedGroupHeight(blocks: readonly (Block | undefined)[]): number {
  const present = blocks.filter((block) => block !== undefined);
  const gaps = Math.max(0, present.length - 1) * GAP_PX;
  return present.reduce((sum, block) => sum + blockHeight(block), gaps);
}
