import type { Block, LinkCard } from '../model/types';
import { newId } from '../model/new-id';
import type { BlockNode, ItemNode } from './block-tree';
import { readCardHeader, type CardHeader } from './card-header';
import { inlineFromTokens } from './inline-from-tokens';
import { readBullets, linkBullets } from './import-bullets';
import { gapBetween, lineEnd, sliceLines, type LineMap } from './line-map';
import { writeBlockBody } from './export-block';

interface Piece {
  block: Block;
  startLine: number;
  endLine: number;
}

/**
 * Turns the top-level nodes of one region (the intro, or a section's body) into blocks. Each
 * block keeps its lines; `after` holds the text up to the next block, the last one's up to
 * `regionEnd` (an offset in the map's text).
 */
export function importBlocks(nodes: BlockNode[], map: LineMap, regionEnd: number): Block[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as BlockNode;
    const next = nodes[i + 1];
    if (node.type === 'list' && !node.ordered) {
      pieces.push(...node.items.map((item) => itemPiece(item, map)));
    } else if (node.type === 'paragraph' && readCardHeader(node.inline)) {
      const withList = next?.type === 'list' && !next.ordered ? next : undefined;
      const piece = paragraphCardPiece(node, withList, map);
      if (withList && piece.endLine >= withList.start) i++;
      pieces.push(piece);
    } else if (node.type === 'paragraph') {
      pieces.push(prosePiece(node, map));
    } else {
      pieces.push(rawPiece(node, map));
    }
  }
  return pieces.map((piece, i) => {
    const next = pieces[i + 1];
    const after = next
      ? gapBetween(map, piece.endLine, next.startLine)
      : map.text.slice(lineEnd(map, piece.endLine), regionEnd);
    return { ...piece.block, after };
  });
}

type Paragraph = Extract<BlockNode, { type: 'paragraph' }>;
type List = Extract<BlockNode, { type: 'list' }>;

function linesOf(node: BlockNode | ItemNode): [number, number] {
  return [node.start, node.end];
}

function rawPiece(node: BlockNode | ItemNode, map: LineMap): Piece {
  const [startLine, endLine] = linesOf(node);
  const markdown = sliceLines(map, startLine, endLine);
  return { block: { kind: 'raw', id: newId('r'), markdown, after: '' }, startLine, endLine };
}

function prosePiece(node: Paragraph, map: LineMap): Piece {
  const [startLine, endLine] = linesOf(node);
  const source = sliceLines(map, startLine, endLine);
  const content = inlineFromTokens(node.inline);
  return {
    block: { kind: 'prose', id: newId('p'), content, source, after: '' },
    startLine,
    endLine,
  };
}

function itemPiece(item: ItemNode, map: LineMap): Piece {
  const [startLine, endLine] = linesOf(item);
  const [paragraph, sublist, ...rest] = item.children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return rawPiece(item, map);
  if (sublist && sublist.type !== 'list') return rawPiece(item, map);
  const header = readCardHeader(paragraph.inline);
  if (!header) return rawPiece(item, map);
  const headerEnd = paragraph.end;
  const card = buildCard('item', header, startLine, headerEnd, sublist, endLine, map);
  return card ? { block: card, startLine, endLine } : rawPiece(item, map);
}

function paragraphCardPiece(paragraph: Paragraph, list: List | undefined, map: LineMap): Piece {
  const [startLine, headerEnd] = linesOf(paragraph);
  const header = readCardHeader(paragraph.inline);
  const endLine = list?.end ?? headerEnd;
  const card = header && buildCard('paragraph', header, startLine, headerEnd, list, endLine, map);
  if (card) return { block: card, startLine, endLine };
  const lone =
    header && buildCard('paragraph', header, startLine, headerEnd, undefined, headerEnd, map);
  return lone ? { block: lone, startLine, endLine: headerEnd } : prosePiece(paragraph, map);
}

function buildCard(
  style: LinkCard['style'],
  header: CardHeader,
  startLine: number,
  headerEnd: number,
  list: List | undefined,
  endLine: number,
  map: LineMap,
): LinkCard | undefined {
  const located = list ? readBullets(list, 1, map) : [];
  const bullets = located && linkBullets(located, endLine, map);
  if (!located || !bullets || (located.length === 0 && headerEnd !== endLine)) return undefined;
  const first = located[0];
  const card: LinkCard = {
    kind: 'card',
    id: newId('c'),
    ...header,
    bullets,
    style,
    headerSource: sliceLines(map, startLine, headerEnd),
    headerAfter: first ? gapBetween(map, headerEnd, first.startLine) : '',
    after: '',
  };
  // The model must write back exactly the lines it read; anything else stays raw.
  return writeBlockBody(card) === sliceLines(map, startLine, endLine) ? card : undefined;
}
