import type { Block, Bullet, Dialect, LinkCard, ProseBlock, RichText } from '../model/types';
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
  const description = card.description ?? [];
  if (card.bullets.length === 0 && description.length === 0) return header;
  const { eol } = dialect;
  const defaultGap = card.style === 'paragraph' ? eol + eol : eol;
  let out = header + (card.headerAfter || defaultGap);
  if (card.bullets.length === 0) {
    description.forEach((paragraph, i) => {
      out += paragraph.source ?? inlineToMarkdown(paragraph.content);
      if (i < description.length - 1) out += paragraph.after || eol + eol;
    });
    return out;
  }
  card.bullets.forEach((bullet, i) => {
    out += bullet.source ?? writeBullet(bullet, card.style, dialect);
    if (i < card.bullets.length - 1) out += bullet.after || eol;
  });
  return out;
}

/** The title line of a card written anew: marker or heading, tag, link (bold or not), trailing. */
export function writeCardHeader(
  card: Pick<LinkCard, 'title' | 'url' | 'tag' | 'style' | 'bold' | 'heading' | 'trailing'>,
  dialect: Dialect,
): string {
  const lead =
    card.heading !== undefined
      ? `${'#'.repeat(card.heading)} `
      : card.style === 'item'
        ? `${dialect.marker} `
        : '';
  const tag = card.tag ? `[**${escapeText(card.tag, 'minimal', false)}**] ` : '';
  const link = guardTaskMarker(
    inlineToMarkdown([
      { kind: 'text', text: card.title, marks: [{ type: 'link', href: card.url }] },
    ]),
  );
  const title = card.bold ? `**${link}**` : link;
  const trailing = card.trailing ? writeTrailing(card.trailing, ' '.repeat(lead.length)) : '';
  return `${lead}${tag}${title}${trailing}`;
}

/** The text after a title link: its leading space or line break as is, then the rest. */
function writeTrailing(trailing: RichText, continuation: string): string {
  const [first, ...rest] = trailing;
  if (first?.kind !== 'text') return inlineToMarkdown(trailing, continuation);
  const space = /^\s*/.exec(first.text)?.[0] ?? '';
  const lead = space.includes('\n') ? `\n${continuation}` : space;
  const text = first.text.slice(space.length);
  const body = text === '' ? rest : [{ ...first, text }, ...rest];
  return lead + inlineToMarkdown(body, continuation);
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
