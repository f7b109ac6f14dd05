import type { Block } from '../model/types';
import type { CardShape } from '../model/card-shape';
import type { BlockNode } from './block-tree';
import { prosePiece, rawPiece, type BlockPiece } from './block-piece';
import { cardPieces } from './card-pieces';
import { gapBetween, lineEnd, type LineMap } from './line-map';

/**
 * Turns the top-level nodes of one region (the intro, or a section's body) into blocks, reading
 * as cards the item shapes in `shapes`. Each block keeps its lines; `after` holds the text up to
 * the next block, the last one's up to `regionEnd` (an offset in the map's text).
 */
export function importBlocks(
  nodes: BlockNode[],
  map: LineMap,
  regionEnd: number,
  shapes: readonly CardShape[] = ['link-item', 'link-paragraph'],
): Block[] {
  const pieces: BlockPiece[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i] as BlockNode;
    const cards = cardPieces(nodes, i, map, shapes);
    if (cards) {
      pieces.push(...cards.pieces);
      i += cards.used;
      continue;
    }
    pieces.push(node.type === 'paragraph' ? prosePiece(node, map) : rawPiece(node, map));
    i++;
  }
  return pieces.map((piece, index) => {
    const next = pieces[index + 1];
    const after = next
      ? gapBetween(map, piece.endLine, next.startLine)
      : map.text.slice(lineEnd(map, piece.endLine), regionEnd);
    return { ...piece.block, after };
  });
}
