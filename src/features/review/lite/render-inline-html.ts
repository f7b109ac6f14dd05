import { escapeHtml } from '../../../core/render/escape-html';
import { placeholder, type Shortcode } from '../../../core/render/shortcodes';
import { classifyUrl } from '../../../core/url/classify-url';
import { normalizeUrlText } from '../../../core/url/url-text';
import type { InlineNode } from './inline-node';
import { plainTextOf } from './inline-node';

// Inline tree to HTML that is safe for innerHTML: every text escaped, every href and src through
// the URL door (src/core/url), shortcodes as the same placeholders the editor's preview shows.

const tags = { emphasis: 'em', strong: 'strong', strike: 'del' } as const;
// The private-use characters that stand for shortcodes must never reach an attribute.
const shortcodeMark = /[\ue000\ue001]/;
const shortcodeMarks = /[\ue000\ue001]/g;

export function renderInlineHtml(
  nodes: InlineNode[],
  shortcodes: readonly Shortcode[],
  inLink = false,
): string {
  let html = '';
  for (const node of nodes) html += renderNode(node, shortcodes, inLink);
  return html;
}

function renderNode(node: InlineNode, shortcodes: readonly Shortcode[], inLink: boolean): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.text);
    case 'code':
      return `<code>${escapeHtml(node.text)}</code>`;
    case 'hardBreak':
      return '<br />';
    case 'softBreak':
      return '\n';
    case 'shortcode':
      return placeholder(shortcodes[node.index], 'span');
    case 'image':
      return renderImage(node.src, node.title, plainTextOf(node.alt));
    case 'link': {
      const inner = renderInlineHtml(node.children, shortcodes, true);
      return inLink ? inner : renderLink(node.href, node.title, inner);
    }
    default:
      return `<${tags[node.type]}>${renderInlineHtml(node.children, shortcodes, inLink)}</${tags[node.type]}>`;
  }
}

/** An anchor, or just its content when the URL fails the door. */
export function renderLink(href: string, title: string, inner: string): string {
  const kind = shortcodeMark.test(href) ? 'unsafe' : classifyUrl(href);
  if (kind === 'unsafe' || kind === 'invalid') return inner;
  const attributes = `href="${escapeHtml(normalizeUrlText(href))}"${titleAttribute(title)}`;
  const target = kind === 'fragment' ? '' : ' rel="noopener noreferrer" target="_blank"';
  return `<a ${attributes}${target}>${inner}</a>`;
}

function renderImage(src: string, title: string, alt: string): string {
  const kind = shortcodeMark.test(src) ? 'unsafe' : classifyUrl(src);
  if (kind !== 'http' && kind !== 'relative') return escapeHtml(alt);
  const source = escapeHtml(normalizeUrlText(src));
  return `<img src="${source}" alt="${escapeHtml(alt)}"${titleAttribute(title)} loading="lazy" />`;
}

function titleAttribute(title: string): string {
  const clean = title.replace(shortcodeMarks, '');
  return clean ? ` title="${escapeHtml(clean)}"` : '';
}
