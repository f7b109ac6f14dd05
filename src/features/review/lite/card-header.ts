import type { InlineNode } from './inline-node';
import { plainTextOf } from './inline-node';

export interface CardHeader {
  title: string;
  url: string;
  tag?: string;
}

/**
 * A card's title line, as the importer recognizes it: `[Title](url)`, optionally led by a tag
 * `[**Blog**] `, with nothing else but trailing spaces. A bare or angle-bracket URL, a link
 * title, a line break in the title or an empty title make it no card.
 */
export function readCardHeader(nodes: readonly InlineNode[]): CardHeader | undefined {
  const trimmed = trimEnd(nodes);
  const link = trimmed[trimmed.length - 1];
  if (link?.type !== 'link' || link.literal || link.title !== '') return undefined;
  if (link.children.some((child) => child.type === 'softBreak' || child.type === 'hardBreak')) {
    return undefined;
  }
  const title = plainTextOf(link.children);
  if (title.trim() === '') return undefined;
  const before = trimmed.slice(0, -1);
  if (before.length === 0) return { title, url: link.href };
  const tag = readTag(before);
  return tag === undefined ? undefined : { title, url: link.href, tag };
}

function readTag(nodes: readonly InlineNode[]): string | undefined {
  const [open, strong, close] = nodes;
  if (nodes.length !== 3 || open?.type !== 'text' || open.text !== '[') return undefined;
  if (close?.type !== 'text' || !/^\] +$/.test(close.text)) return undefined;
  if (strong?.type !== 'strong') return undefined;
  const [text] = strong.children;
  return strong.children.length === 1 && text?.type === 'text' ? text.text : undefined;
}

function trimEnd(nodes: readonly InlineNode[]): readonly InlineNode[] {
  const last = nodes[nodes.length - 1];
  return last?.type === 'text' && last.text.trim() === '' ? nodes.slice(0, -1) : nodes;
}
