import type { CardShape } from '../model/card-shape';
import type { BlockNode, ItemNode } from './block-tree';
import { rawPiece, type BlockPiece } from './block-piece';
import { buildCard, type LocatedParagraph } from './build-card';
import { readCardHeader, type HeaderReading } from './card-header';
import { inlineFromTokens } from './inline-from-tokens';
import { gapBetween, sliceLines, type LineMap } from './line-map';

type Paragraph = Extract<BlockNode, { type: 'paragraph' }>;
type Heading = Extract<BlockNode, { type: 'heading' }>;

export interface CardPieces {
  pieces: BlockPiece[];
  /** How many nodes, from the one asked about, they took. */
  used: number;
}

/**
 * Reads the card (or the list of cards) that starts at `nodes[index]`, in one of `shapes`: a
 * list whose items open with a link, a paragraph that opens with one (its bullets or description
 * after it), or a heading that is one (its description after it). Undefined when none starts
 * there. A list comes back item by item, whatever the shapes: an item that is no card as a raw
 * piece.
 */
export function cardPieces(
  nodes: BlockNode[],
  index: number,
  map: LineMap,
  shapes: readonly CardShape[],
): CardPieces | undefined {
  const node = nodes[index] as BlockNode;
  if (node.type === 'list' && !node.ordered) {
    const cards = shapes.includes('link-item');
    return {
      pieces: node.items.map((item) => (cards ? itemPiece(item, map) : rawPiece(item, map))),
      used: 1,
    };
  }
  if (node.type === 'paragraph' && shapes.includes('link-paragraph')) {
    return paragraphCard(nodes, index, map, shapes);
  }
  if (node.type === 'heading' && shapes.includes('link-heading')) {
    return headingCard(nodes, index, map, shapes);
  }
  return undefined;
}

function itemPiece(item: ItemNode, map: LineMap): BlockPiece {
  const [paragraph, list, ...rest] = item.children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return rawPiece(item, map);
  if (list && list.type !== 'list') return rawPiece(item, map);
  const reading = readCardHeader(paragraph.inline, 'any');
  const card =
    reading &&
    buildCard(
      { style: 'item', header: reading.header, startLine: item.start, headerEnd: paragraph.end },
      list,
      [],
      item.end,
      map,
    );
  return card ? { block: card, startLine: item.start, endLine: item.end } : rawPiece(item, map);
}

function paragraphCard(
  nodes: BlockNode[],
  index: number,
  map: LineMap,
  shapes: readonly CardShape[],
): CardPieces | undefined {
  const node = nodes[index] as Paragraph;
  const reading = readCardHeader(node.inline, 'short', true);
  if (!reading) return undefined;
  const head = { style: 'paragraph' as const, header: reading.header, startLine: node.start };
  const next = nodes[index + 1];
  if (!reading.rest && next?.type === 'list' && !next.ordered) {
    const card = buildCard({ ...head, headerEnd: node.end }, next, [], next.end, map);
    if (card)
      return { pieces: [{ block: card, startLine: node.start, endLine: next.end }], used: 2 };
  }
  const follow = inRunOfCards(nodes, index) ? descriptionAfter(nodes, index + 1, shapes) : [];
  if (reading.rest) return brokenParagraphCard(node, reading, follow, map);
  const last = follow[follow.length - 1];
  const endLine = last?.end ?? node.end;
  const card =
    buildCard({ ...head, headerEnd: node.end }, undefined, follow, endLine, map) ??
    buildCard({ ...head, headerEnd: node.end }, undefined, [], node.end, map);
  if (!card) return undefined;
  const used = card.description ? 1 + follow.length : 1;
  return {
    pieces: [
      { block: card, startLine: node.start, endLine: card.description ? endLine : node.end },
    ],
    used,
  };
}

/** A paragraph card whose title line ends in a hard break, its description on the next line. */
function brokenParagraphCard(
  node: Paragraph,
  reading: HeaderReading,
  follow: LocatedParagraph[],
  map: LineMap,
): CardPieces | undefined {
  const breakLine = node.start + reading.breaksBefore;
  const lines = sliceLines(map, node.start, breakLine);
  const marker = /(\\|[ \t]+)$/.exec(lines)?.[0] ?? '';
  const first = {
    content: inlineFromTokens(reading.rest ?? []),
    start: breakLine + 1,
    end: node.end,
  };
  const paragraphs = [first, ...follow];
  const endLine = (paragraphs[paragraphs.length - 1] as LocatedParagraph).end;
  const hardBreak = {
    source: lines.slice(0, lines.length - marker.length),
    after: marker + gapBetween(map, breakLine, breakLine + 1),
  };
  const header = { style: 'paragraph' as const, header: reading.header, startLine: node.start };
  const card = buildCard(
    { ...header, headerEnd: breakLine, hardBreak },
    undefined,
    paragraphs,
    endLine,
    map,
  );
  if (!card) return undefined;
  return { pieces: [{ block: card, startLine: node.start, endLine }], used: 1 + follow.length };
}

function headingCard(
  nodes: BlockNode[],
  index: number,
  map: LineMap,
  shapes: readonly CardShape[],
): CardPieces | undefined {
  const node = nodes[index] as Heading;
  const reading = readCardHeader(node.inline, 'short');
  if (!reading) return undefined;
  const follow = descriptionAfter(nodes, index + 1, shapes);
  const endLine = follow[follow.length - 1]?.end ?? node.end;
  const head = {
    style: 'paragraph' as const,
    header: reading.header,
    startLine: node.start,
    headerEnd: node.end,
    heading: node.depth,
  };
  const card = buildCard(head, undefined, follow, endLine, map);
  if (!card) return undefined;
  return { pieces: [{ block: card, startLine: node.start, endLine }], used: 1 + follow.length };
}

/**
 * True when another paragraph that opens a card sits in the same run of paragraphs: only then do
 * the paragraphs after a link paragraph describe it. A lone link among prose ("Register here")
 * leaves the prose after it as prose.
 */
function inRunOfCards(nodes: BlockNode[], index: number): boolean {
  const opensCard = (node: BlockNode | undefined) =>
    node?.type === 'paragraph' && readCardHeader(node.inline, 'short', true) !== undefined;
  for (let i = index - 1; nodes[i]?.type === 'paragraph'; i--) if (opensCard(nodes[i])) return true;
  for (let i = index + 1; nodes[i]?.type === 'paragraph'; i++) if (opensCard(nodes[i])) return true;
  return false;
}

/** The paragraphs from `from` on, up to anything else or a paragraph that opens a card. */
function descriptionAfter(
  nodes: BlockNode[],
  from: number,
  shapes: readonly CardShape[],
): LocatedParagraph[] {
  const out: LocatedParagraph[] = [];
  for (let i = from; i < nodes.length; i++) {
    const node = nodes[i] as BlockNode;
    if (node.type !== 'paragraph') break;
    if (shapes.includes('link-paragraph') && readCardHeader(node.inline, 'short', true)) break;
    out.push({ content: inlineFromTokens(node.inline), start: node.start, end: node.end });
  }
  return out;
}
