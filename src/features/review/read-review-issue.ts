import { splitRegions } from '../../core/markdown/split-regions';
import { protectShortcodes } from '../../core/render/shortcodes';
import type { MdBlock } from './lite/md-block';
import { parseBlocks } from './lite/parse-blocks';
import type { Reference } from './lite/parse-inline';
import { plainTextOf } from './lite/inline-node';
import { parseInline } from './lite/parse-inline';
import { renderBlocksHtml, type RenderContext } from './lite/render-blocks-html';
import { readFrontMatterFields } from './read-front-matter-fields';
import { reviewCardKeys } from './review-card-key';
import type { ReviewCard, ReviewIssue, ReviewPart, ReviewSection } from './review-issue';
import { partsOf, type PendingCard, type PendingPart } from './review-parts';

/**
 * Reads an issue's markdown for the reviewer's page with the light markdown reader: header
 * fields, the preamble and epilogue (shortcodes as placeholders), the intro and one entry per
 * section, cards apart. Pure and total: any text gives an issue to show.
 */
export function readReviewIssue(markdown: string): ReviewIssue {
  const text = markdown.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\ufffd');
  const fields = readFrontMatterFields(text);
  const { preamble, main, epilogue } = splitRegions(fields.body);
  const body = readRegion(main);
  const level = sectionLevel(body.blocks);
  const first = body.blocks.findIndex((block) => isSectionHeading(block, level));
  const introBlocks = first < 0 ? body.blocks : body.blocks.slice(0, first);
  const pendingIntro = partsOf(introBlocks, body.context);
  const pendingSections =
    first < 0 ? [] : sectionsOf(body.blocks.slice(first), level, body.context);
  const keys = reviewCardKeys(
    [pendingIntro, ...pendingSections.map((s) => s.parts)].flatMap(cardsOf).map((c) => c.url),
  );
  const cards: ReviewCard[] = [];
  const withKeys = (parts: PendingPart[]) => parts.map((part) => keyPart(part, keys, cards));
  const intro = withKeys(pendingIntro);
  const sections = pendingSections.map((s) => ({ ...s, parts: withKeys(s.parts) }));
  return {
    title: fields.title,
    date: fields.date,
    slug: fields.slug,
    preambleHtml: renderRegion(preamble),
    intro,
    sections,
    epilogueHtml: renderRegion(epilogue),
    cards,
  };
}

function readRegion(markdown: string): { blocks: MdBlock[]; context: RenderContext } {
  const { markdown: text, shortcodes } = protectShortcodes(markdown);
  const refs = new Map<string, Reference>();
  const blocks = parseBlocks(text, refs);
  return { blocks, context: { refs, shortcodes } };
}

function renderRegion(markdown: string): string {
  if (markdown.trim() === '') return '';
  const { blocks, context } = readRegion(markdown);
  return renderBlocksHtml(blocks, context);
}

type Heading = Extract<MdBlock, { type: 'heading' }>;

function sectionLevel(blocks: readonly MdBlock[]): number {
  const levels = blocks.filter((b): b is Heading => b.type === 'heading').map((b) => b.level);
  return levels.length > 0 ? Math.min(...levels) : 2;
}

function isSectionHeading(block: MdBlock | undefined, level: number): block is Heading {
  return block?.type === 'heading' && block.level === level;
}

interface PendingSection extends Omit<ReviewSection, 'parts'> {
  parts: PendingPart[];
}

function sectionsOf(blocks: MdBlock[], level: number, context: RenderContext): PendingSection[] {
  const sections: PendingSection[] = [];
  let start = 0;
  while (start < blocks.length) {
    let end = start + 1;
    while (end < blocks.length && !isSectionHeading(blocks[end], level)) end++;
    const heading = blocks[start] as Heading;
    sections.push({
      heading: plainTextOf(parseInline(heading.text, context.refs)).trim(),
      level,
      parts: partsOf(blocks.slice(start + 1, end), context),
    });
    start = end;
  }
  return sections;
}

function cardsOf(parts: readonly PendingPart[]): PendingCard[] {
  return parts.flatMap((part) =>
    part.kind === 'cards' ? part.cards : part.kind === 'card' ? [part.card] : [],
  );
}

function keyPart(part: PendingPart, keys: readonly string[], out: ReviewCard[]): ReviewPart {
  const key = (card: PendingCard): ReviewCard => {
    const keyed = { ...card, key: keys[out.length] ?? `c${out.length}` };
    out.push(keyed);
    return keyed;
  };
  if (part.kind === 'cards') return { kind: 'cards', cards: part.cards.map(key) };
  if (part.kind === 'card') return { kind: 'card', card: key(part.card) };
  return part;
}
