import { inlineToMarkdown } from '../markdown/inline-to-markdown';
import type {
  Bullet,
  CardParagraph,
  LinkCard,
  ProseBlock,
  RichText,
  Section,
} from '../model/types';
import { escapeHtml } from './escape-html';
import { typographize } from './goldmark-typographer';
import { countWrittenLinks, renderLinkLabel, renderMarkdownInline } from './render-markdown';

const referenceEnd = /\](?!\()/;

// A list item's marker: `*`, `-`, `+`, or `1.` / `1)`, and the spaces after it.
const listMarker = /^[ \t]*(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|(?=\r?\n|\r|$))/;

/**
 * A prose block as Hugo will show it: the markdown the exporter writes for it (its source while
 * unedited, else the model written out) rendered by the preview's markdown reader, so bare URLs,
 * typography, entities and nested links come out as goldmark renders them.
 */
export function renderProseContent(block: ProseBlock): string {
  return renderMarkdownInline(writtenMarkdown(block.source, block.content));
}

/** A bullet's text as Hugo will show it (see renderProseContent), without its list marker. */
export function renderBulletContent(bullet: Bullet): string {
  return renderMarkdownInline(
    writtenMarkdown(bullet.source?.replace(listMarker, ''), bullet.content),
  );
}

/** A paragraph of a card's description as Hugo will show it (see renderProseContent). */
export function renderDescriptionContent(paragraph: CardParagraph): string {
  return renderMarkdownInline(writtenMarkdown(paragraph.source, paragraph.content));
}

/**
 * The text after a card's title link, or '': its leading space or line break kept (markdown
 * would drop it at the start of a text), the rest as Hugo will show it.
 */
export function renderTrailing(card: LinkCard): string {
  const [first, ...rest] = card.trailing ?? [];
  if (!first) return '';
  if (first.kind !== 'text') return renderMarkdownInline(inlineToMarkdown([first, ...rest]));
  const space = /^\s*/.exec(first.text)?.[0] ?? '';
  const lead = space.includes('\n') ? '\n' : space === '' ? '' : ' ';
  const body = [{ ...first, text: first.text.slice(space.length) }, ...rest];
  return lead + renderMarkdownInline(inlineToMarkdown(body));
}

/**
 * The source, as written, when it reads alone as it did in its file; else the model written out.
 * A link by reference (`[text][ref]`) needs its definition elsewhere in the file, so a source
 * holding one reads as fewer links alone; the model holds the link it resolved to.
 */
function writtenMarkdown(source: string | undefined, content: RichText): string {
  if (source === undefined) return inlineToMarkdown(content);
  // Only a `]` that no `(` follows can end a link by reference: most sources need no count.
  if (!referenceEnd.test(source) || countWrittenLinks(source) >= countLinks(content)) return source;
  return inlineToMarkdown(content);
}

function countLinks(content: RichText): number {
  let count = 0;
  let previous: string | undefined;
  for (const inline of content) {
    const link =
      inline.kind === 'text' ? inline.marks?.find((mark) => mark.type === 'link') : undefined;
    const key = link ? JSON.stringify(link) : undefined;
    if (key !== undefined && key !== previous) count++;
    previous = key;
  }
  return count;
}

/** A card's title as Hugo shows it: its label as written (code, images) while unedited. */
export function renderCardTitle(card: LinkCard): string {
  const written = card.headerSource?.replace(listMarker, '');
  const label = written === undefined ? undefined : renderLinkLabel(written);
  return label ?? escapeHtml(typographize(card.title, '[', ']'));
}

// An ATX heading's opening `#`s and closing sequence.
const atxOpen = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const atxClose = /(?:[ \t]+#+)?[ \t]*$/;

/** A section heading's text as Hugo shows it: its markdown as written while unedited. */
export function renderHeadingText(section: Section): string {
  const source = section.headingSource?.replace(/\r?\n$|\r$/, '');
  if (source === undefined || !atxOpen.test(source) || /[\r\n]/.test(source)) {
    return escapeHtml(typographize(section.heading, ' '));
  }
  return renderMarkdownInline(source.replace(atxOpen, '').replace(atxClose, ''));
}
