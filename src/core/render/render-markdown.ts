import type { Token } from 'markdown-it';
import { createMarkdownReader } from '../markdown/markdown-reader';
import { addGoldmarkLinkify } from './goldmark-linkify';
import { addGuillemets, addTypographer } from './goldmark-typographer';
import { addLinkGuard } from './guard-link-tokens';
import { addRawHtmlRules } from './raw-html-rules';
import { restoreShortcodes } from './restore-shortcodes';
import { protectShortcodes } from './shortcodes';
import { addTaskLists } from './task-list-rule';

// The importer's reader, so the preview reads a file as the importer does, with its bound on
// nesting: the work stays in proportion to the text however deep it nests. Like Hugo's goldmark
// it links bare URLs and applies the typographer (both goldmark's own rules, not markdown-it's),
// and shows GFM tables, strikethrough and task lists. Raw HTML shows the text the site shows of
// it, with none of its elements but line breaks (raw-html-rules.ts).
// Cards, bullets, prose and headings render through it too (render-rich-text.ts).
const reader = createMarkdownReader({ linkify: false });
reader.set({ xhtmlOut: true });
reader.renderer.rules.s_open = () => '<del>';
reader.renderer.rules.s_close = () => '</del>';
addGoldmarkLinkify(reader);
addTypographer(reader);
addGuillemets(reader);
addRawHtmlRules(reader);
addLinkGuard(reader);
addTaskLists(reader);

/**
 * Renders markdown the model does not structure (raw blocks, the preamble) to HTML that is safe
 * to set as innerHTML: no raw HTML but `<br>`, every href and src through the URL door, Hugo
 * shortcodes shown as placeholders.
 */
export function renderMarkdown(markdown: string): string {
  const { markdown: text, shortcodes } = protectShortcodes(markdown);
  const html = reader.render(text);
  return restoreShortcodes(html.endsWith('\n') ? html.slice(0, -1) : html, shortcodes);
}

/** Renders a short piece of inline markdown, without the paragraph markdown wraps it in. */
export function renderMarkdownInline(markdown: string): string {
  const html = renderMarkdown(markdown).trim();
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(html)?.[1];
  return inner !== undefined && !inner.includes('<p>') ? inner : html;
}

/**
 * The rendered label of the link that ends a line of inline markdown (a card's title line, whose
 * label may hold code or an image), or undefined when the line ends with no link.
 */
export function renderLinkLabel(markdown: string): string | undefined {
  const tokens = reader.parseInline(markdown, {})[0]?.children ?? [];
  let close = tokens.length - 1;
  while (close >= 0 && tokens[close]?.type === 'text' && tokens[close]?.content.trim() === '') {
    close--;
  }
  if (tokens[close]?.type !== 'link_close') return undefined;
  let depth = 0;
  for (let open = close; open >= 0; open--) {
    const type = tokens[open]?.type;
    if (type === 'link_close') depth++;
    else if (type === 'link_open' && --depth === 0) {
      return reader.renderer.renderInline(tokens.slice(open + 1, close), reader.options, {});
    }
  }
  return undefined;
}

/** How many links the author wrote in a line of inline markdown (bare URLs not counted). */
export function countWrittenLinks(markdown: string): number {
  const tokens: Token[] = reader.parseInline(markdown, {})[0]?.children ?? [];
  return tokens.filter((token) => token.type === 'link_open' && token.markup !== 'linkify').length;
}
