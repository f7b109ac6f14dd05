import type { CardParagraph, LinkCard, RichText } from '../model/types';
import { newId } from '../model/new-id';
import type { BlockNode } from './block-tree';
import type { CardHeader } from './card-header';
import { readBullets, linkBullets } from './import-bullets';
import { gapBetween, sliceLines, type LineMap } from './line-map';
import { writeBlockBody } from './export-block';

/** A paragraph of description with its lines (1-based, inclusive). */
export interface LocatedParagraph {
  content: RichText;
  start: number;
  end: number;
}

export interface CardHead {
  style: LinkCard['style'];
  header: CardHeader;
  startLine: number;
  headerEnd: number;
  heading?: number;
  /** A title line ended by a hard break: the line without the break, and the break and line end. */
  hardBreak?: { source: string; after: string };
}

type List = Extract<BlockNode, { type: 'list' }>;

/**
 * A card from its title line(s) and its bullets (`list`) or description (`paragraphs`), ending
 * on `endLine`; undefined unless the model writes back exactly the lines it read (then the
 * caller keeps them as they are).
 */
export function buildCard(
  head: CardHead,
  list: List | undefined,
  paragraphs: LocatedParagraph[],
  endLine: number,
  map: LineMap,
): LinkCard | undefined {
  const located = list ? readBullets(list, 1, map) : [];
  const bullets = located && linkBullets(located, endLine, map);
  if (!located || !bullets) return undefined;
  const firstLine = located[0]?.startLine ?? paragraphs[0]?.start;
  if (firstLine === undefined && head.headerEnd !== endLine) return undefined;
  const card: LinkCard = {
    kind: 'card',
    id: newId('c'),
    ...head.header,
    bullets,
    style: head.style,
    headerSource: head.hardBreak?.source ?? sliceLines(map, head.startLine, head.headerEnd),
    headerAfter:
      head.hardBreak?.after ??
      (firstLine === undefined ? '' : gapBetween(map, head.headerEnd, firstLine)),
    after: '',
  };
  if (head.heading !== undefined) card.heading = head.heading;
  if (paragraphs.length > 0) card.description = describe(paragraphs, map);
  return writeBlockBody(card) === sliceLines(map, head.startLine, endLine) ? card : undefined;
}

function describe(paragraphs: LocatedParagraph[], map: LineMap): CardParagraph[] {
  return paragraphs.map((p, i) => {
    const next = paragraphs[i + 1];
    return {
      id: newId('d'),
      content: p.content,
      source: sliceLines(map, p.start, p.end),
      after: next ? gapBetween(map, p.end, next.start) : '',
    };
  });
}
