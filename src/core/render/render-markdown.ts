import { micromark, type Options } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { breakTagExtension } from './break-tag-extension';
import { guardRenderedLinks } from './guard-rendered-links';
import { restoreShortcodes } from './restore-shortcodes';
import { protectShortcodes } from './shortcodes';

// GFM like Hugo's goldmark: tables, strikethrough, autolinked URLs, task lists. Raw HTML stays
// escaped (allowDangerousHtml is off) except bare <br> tags.
const options: Options = {
  extensions: [gfm()],
  htmlExtensions: [gfmHtml(), breakTagExtension],
};

/**
 * Renders markdown the model does not structure (raw blocks, the preamble) to HTML that is safe
 * to set as innerHTML: no raw HTML but `<br>`, every href and src through the URL door, Hugo
 * shortcodes shown as placeholders.
 */
export function renderMarkdown(markdown: string): string {
  const { markdown: text, shortcodes } = protectShortcodes(markdown);
  const html = guardRenderedLinks(micromark(text, options));
  return restoreShortcodes(html, shortcodes);
}

/** Renders a short piece of inline markdown, without the paragraph markdown wraps it in. */
export function renderMarkdownInline(markdown: string): string {
  const html = renderMarkdown(markdown).trim();
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(html)?.[1];
  return inner !== undefined && !inner.includes('<p>') ? inner : html;
}
