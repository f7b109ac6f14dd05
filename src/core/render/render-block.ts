import type { Block, LinkCard } from '../model/types';
import { escapeHtml } from './escape-html';
import { renderAnchor } from './render-anchor';
import { typographize } from './goldmark-typographer';
import { renderBulletList } from './render-bullets';
import { renderMarkdown } from './render-markdown';
import {
  renderBulletContent,
  renderCardTitle,
  renderDescriptionContent,
  renderProseContent,
  renderTrailing,
} from './render-rich-text';

/**
 * Renders one block to safe HTML. A pure function of the block, so the app can memoize it by
 * block identity. A card in list style renders as an `<li>`: the caller puts consecutive ones
 * in one `<ul>` (see renderBlocks). A card in paragraph style (the 000-022 issues) renders as a
 * paragraph followed by its bullets, as the site shows it.
 */
export function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'card':
      return renderCard(block);
    case 'prose':
      return `<p data-block-id="${escapeHtml(block.id)}">${renderProseContent(block)}</p>`;
    case 'raw':
      return `<div class="raw-block" data-block-id="${escapeHtml(block.id)}">${renderMarkdown(block.markdown)}</div>`;
  }
}

/** True when the block renders as a list item that must sit in a `<ul>`. */
export function isListItemBlock(block: Block): boolean {
  return block.kind === 'card' && block.style === 'item';
}

function renderCard(card: LinkCard): string {
  const id = escapeHtml(card.id);
  const attributes = `id="card-${id}" class="card" data-card-id="${id}"`;
  const header = renderCardHeader(card);
  const body = renderCardBullets(card);
  if (card.style === 'item') return `<li ${attributes}>${header}${body}</li>`;
  const level = card.heading;
  const title = level === undefined ? `<p>${header}</p>` : `<h${level}>${header}</h${level}>`;
  return `<div ${attributes}>${title}${body}</div>`;
}

/**
 * What a card says about its link: its summary bullets as nested lists, then the paragraphs of
 * its description (a paragraph or heading card); '' when it has neither.
 */
export function renderCardBullets(card: LinkCard): string {
  const description = card.description ?? [];
  return (
    renderBulletList(card.bullets, renderBulletContent) +
    description.map((p) => `<p>${renderDescriptionContent(p)}</p>`).join('')
  );
}

/** A card's title line: the tag, then the linked title. */
export function renderCardHeader(card: LinkCard): string {
  const tag = card.tag
    ? `<span class="card-tag">[<strong>${escapeHtml(typographize(card.tag, '*', '*'))}</strong>]</span> `
    : '';
  const title = `<span class="card-title">${renderCardTitle(card)}</span>`;
  const link = renderAnchor(card.url, title);
  return tag + (card.bold ? `<strong>${link}</strong>` : link) + renderTrailing(card);
}
