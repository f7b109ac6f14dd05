import { escapeHtml } from '../../../core/render/escape-html';
import { placeholder, type Shortcode } from '../../../core/render/shortcodes';
import type { MdBlock } from './md-block';
import { parseInline, type ReferenceMap } from './parse-inline';
import { renderInlineHtml } from './render-inline-html';

// Block tree to HTML safe for innerHTML. HTML blocks are shown as the text they are, as the
// editor's preview shows them; a paragraph that is only a shortcode becomes a block placeholder.

export interface RenderContext {
  refs: ReferenceMap;
  shortcodes: readonly Shortcode[];
}

export function renderBlocksHtml(
  blocks: readonly MdBlock[],
  context: RenderContext,
  tight = false,
) {
  let html = '';
  for (const block of blocks) html += renderBlockHtml(block, context, tight);
  return html;
}

export function renderBlockHtml(block: MdBlock, context: RenderContext, tight = false): string {
  switch (block.type) {
    case 'paragraph':
      return renderParagraph(block.text, context, tight);
    case 'heading':
      return `<h${block.level}>${inline(block.text, context)}</h${block.level}>`;
    case 'thematicBreak':
      return '<hr />';
    case 'code': {
      const language = block.info ? ` class="language-${escapeHtml(block.info)}"` : '';
      return `<pre><code${language}>${escapeHtml(block.text)}${block.text ? '\n' : ''}</code></pre>`;
    }
    case 'html':
      return escapeHtml(block.text).replace(/&lt;br\s*\/?&gt;/gi, '<br />');
    case 'quote':
      return `<blockquote>${renderBlocksHtml(block.children, context)}</blockquote>`;
    case 'list':
      return renderList(block, context);
    case 'table':
      return renderTable(block, context);
  }
}

/** A paragraph's inline HTML, or the placeholder when it holds only a shortcode. */
function renderParagraph(text: string, context: RenderContext, tight: boolean): string {
  const nodes = parseInline(text, context.refs);
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'shortcode') return placeholder(context.shortcodes[only.index], 'div');
  const html = renderInlineHtml(nodes, context.shortcodes);
  return tight ? html : `<p>${html}</p>`;
}

function renderList(block: Extract<MdBlock, { type: 'list' }>, context: RenderContext): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
  const items = block.items.map(
    (item) => `<li>${renderBlocksHtml(item, context, block.tight)}</li>`,
  );
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

function renderTable(block: Extract<MdBlock, { type: 'table' }>, context: RenderContext): string {
  const row = (cells: readonly string[], tag: 'th' | 'td') =>
    `<tr>${cells
      .map((cell, index) => {
        const align = block.align[index];
        const attribute = align ? ` align="${align}"` : '';
        return `<${tag}${attribute}>${inline(cell, context)}</${tag}>`;
      })
      .join('')}</tr>`;
  const body = block.rows.length
    ? `<tbody>${block.rows.map((cells) => row(cells, 'td')).join('')}</tbody>`
    : '';
  return `<table><thead>${row(block.head, 'th')}</thead>${body}</table>`;
}

function inline(text: string, context: RenderContext): string {
  return renderInlineHtml(parseInline(text, context.refs), context.shortcodes);
}
