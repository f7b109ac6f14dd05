import type { Block, Bullet, Dialect, LinkCard, ProseBlock } from '../model/types';
import { defaultDialect } from '../model/default-dialect';
import { escapeText } from './escape-text';
import { inlineToMarkdown } from './inline-to-markdown';

/**
 * A block's own text, without its `after`. Parts that still hold their source are written back
 * as read; the rest are written in the file's dialect.
 */
export function writeBlockBody(block: Block, dialect: Dialect = defaultDialect): string {
  switch (block.kind) {
    case 'raw':
      return block.markdown;
    case 'prose':
      return writeProse(block);
    case 'card':
      return writeCard(block, dialect);
  }
}

function writeProse(block: ProseBlock): string {
  return block.source ?? inlineToMarkdown(block.content);
}

function writeCard(card: LinkCard, dialect: Dialect): string {
  const header = card.headerSource ?? writeCardHeader(card, dialect);
  if (card.bullets.length === 0) return header;
  const defaultGap = card.style === 'paragraph' ? dialect.eol + dialect.eol : dialect.eol;
  let out = header + (card.headerAfter || defaultGap);
  card.bullets.forEach((bullet, i) => {
    out += bullet.source ?? writeBullet(bullet, card.style, dialect);
    if (i < card.bullets.length - 1) out += bullet.after || dialect.eol;
  });
  return out;
}

export function writeCardHeader(
  card: Pick<LinkCard, 'title' | 'url' | 'tag' | 'style'>,
  dialect: Dialect,
): string {
  const marker = card.style === 'item' ? `${dialect.marker} ` : '';
  const tag = card.tag ? `[**${escapeText(card.tag, 'minimal', false)}**] ` : '';
  const link = inlineToMarkdown([
    { kind: 'text', text: card.title, marks: [{ type: 'link', href: card.url }] },
  ]);
  return `${marker}${tag}${guardTaskMarker(link)}`;
}

/**
 * Goldmark's task lists read `[x]` or `[ ]` in a list item as a checkbox, and then the title is
 * lost; a one-letter title `x` is written as a character reference, which both parsers read as x.
 */
function guardTaskMarker(link: string): string {
  return link.replace(/^\[([xX])\]\(/, (_m, ch: string) => `[&#${ch.charCodeAt(0)};](`);
}

/** The indentation and marker a new bullet at `depth` gets in this dialect. */
export function bulletPrefix(depth: number, style: LinkCard['style'], dialect: Dialect): string {
  const level = style === 'item' ? depth : depth - 1;
  return `${' '.repeat(dialect.indent * level)}${dialect.marker} `;
}

function writeBullet(bullet: Bullet, style: LinkCard['style'], dialect: Dialect): string {
  const prefix = bulletPrefix(bullet.depth, style, dialect);
  return prefix + inlineToMarkdown(bullet.content, ' '.repeat(prefix.length));
}
