import { escapeHtml } from '../../core/render/escape-html';
import { readCardHeader, type CardHeader } from './lite/card-header';
import type { MdBlock } from './lite/md-block';
import { parseInline } from './lite/parse-inline';
import { renderBlockHtml, renderBlocksHtml, type RenderContext } from './lite/render-blocks-html';
import { renderLink } from './lite/render-inline-html';
import type { ReviewCard, ReviewPart } from './review-issue';

// The blocks of the intro or of one section as the page shows them: cards where the importer
// would see cards (a list item or a paragraph that is only a linked title, with bullets under
// it), everything else as rendered markdown.

type ListBlock = Extract<MdBlock, { type: 'list' }>;
/** A card before its key is known (keys count repeated URLs across the whole issue). */
export type PendingCard = Omit<ReviewCard, 'key'>;
export type PendingPart =
  | Exclude<ReviewPart, { kind: 'cards' } | { kind: 'card' }>
  | {
      kind: 'cards';
      cards: PendingCard[];
    }
  | { kind: 'card'; card: PendingCard };

export function partsOf(blocks: readonly MdBlock[], context: RenderContext): PendingPart[] {
  const parts: PendingPart[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as MdBlock;
    const header = block.type === 'paragraph' ? headerOf(block.text, context) : undefined;
    if (block.type === 'list' && !block.ordered) {
      parts.push(...listParts(block, context));
    } else if (header) {
      const next = blocks[index + 1];
      const bullets = next?.type === 'list' && !next.ordered ? next : undefined;
      if (bullets) index++;
      parts.push({ kind: 'card', card: buildCard(header, 'paragraph', bullets, context) });
    } else {
      pushHtml(parts, renderBlockHtml(block, context));
    }
  }
  return parts;
}

function listParts(list: ListBlock, context: RenderContext): PendingPart[] {
  const parts: PendingPart[] = [];
  for (const item of list.items) {
    const card = itemCard(item, context);
    const last = parts[parts.length - 1];
    if (card && last?.kind === 'cards') last.cards.push(card);
    else if (card) parts.push({ kind: 'cards', cards: [card] });
    else pushHtml(parts, renderBlockHtml({ ...list, items: [item] }, context));
  }
  return parts;
}

function itemCard(item: readonly MdBlock[], context: RenderContext): PendingCard | undefined {
  const [first, second, ...rest] = item;
  if (first?.type !== 'paragraph' || rest.length > 0) return undefined;
  if (second && (second.type !== 'list' || second.ordered)) return undefined;
  const header = headerOf(first.text, context);
  return header && buildCard(header, 'item', second, context);
}

function headerOf(text: string, context: RenderContext): CardHeader | undefined {
  return readCardHeader(parseInline(text, context.refs));
}

function buildCard(
  header: CardHeader,
  style: PendingCard['style'],
  bullets: ListBlock | undefined,
  context: RenderContext,
): PendingCard {
  const tag = header.tag
    ? `<span class="card-tag">[<strong>${escapeHtml(header.tag)}</strong>]</span> `
    : '';
  const title = `<span class="card-title">${escapeHtml(header.title)}</span>`;
  return {
    ...header,
    style,
    headerHtml: tag + renderLink(header.url, '', title),
    bulletsHtml: bullets ? renderBlocksHtml([tight(bullets)], context) : '',
  };
}

/** Summary bullets show as a tight list at every level, whatever blank lines the file has. */
function tight(list: ListBlock): ListBlock {
  return {
    ...list,
    tight: true,
    items: list.items.map((item) =>
      item.map((block) => (block.type === 'list' ? tight(block) : block)),
    ),
  };
}

function pushHtml(parts: PendingPart[], html: string): void {
  const last = parts[parts.length - 1];
  if (last?.kind === 'html') last.html += html;
  else if (html !== '') parts.push({ kind: 'html', html });
}
