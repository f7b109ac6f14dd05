import type { Block } from '../model/types';
import { newId } from '../model/new-id';
import type { BlockNode, ItemNode } from './block-tree';
import { inlineFromTokens } from './inline-from-tokens';
import { sliceLines, type LineMap } from './line-map';

/** A block with the lines it came from; its `after` is filled in once the next one is known. */
export interface BlockPiece {
  block: Block;
  startLine: number;
  endLine: number;
}

/** Lines kept as they are, as a raw block. */
export function rawPiece(node: BlockNode | ItemNode, map: LineMap): BlockPiece {
  const markdown = sliceLines(map, node.start, node.end);
  return {
    block: { kind: 'raw', id: newId('r'), markdown, after: '' },
    startLine: node.start,
    endLine: node.end,
  };
}

/** A paragraph of prose. */
export function prosePiece(node: Extract<BlockNode, { type: 'paragraph' }>, map: LineMap) {
  const source = sliceLines(map, node.start, node.end);
  const content = inlineFromTokens(node.inline);
  const piece: BlockPiece = {
    block: { kind: 'prose', id: newId('p'), content, source, after: '' },
    startLine: node.start,
    endLine: node.end,
  };
  return piece;
}
