import type { MarkdownIt, RendererRule, StateCore } from 'markdown-it';
import { DEEP_BLOCK } from '../markdown/deep-block-rule';
import { escapeHtml } from './escape-html';

// Elements whose content a browser does not show.
const hiddenElement = /^<(script|style|template|noscript|iframe|textarea|title)(?=[\s/>])/i;
const tag = /(<\/?[A-Za-z][A-Za-z0-9-]*(?:[^>"']|"[^"]*"|'[^']*')*>)/;
const breakTag = /^<br[\s/>]/i;
// Tags that start a new line of text in a browser.
const blockTag =
  /^<\/?(?:address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>])/i;
const notShown = /<!--[\s\S]*?(?:-->|$)|<[?!][\s\S]*?(?:>|$)/g;
const entity = /&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)/g;

/**
 * Raw HTML in markdown (Hugo's goldmark passes it through, as the site sets `unsafe = true`) is
 * shown as a browser shows it, without letting any of it through: no element, attribute or link
 * of it reaches the preview. Its text shows, entities and all; a `<br>` stays a line break, a tag
 * that starts a new line in a browser (`<p>`, `<div>`, `<li>`...) becomes one; other tags,
 * comments and the content of script, style and similar elements show nothing. Markdown nested
 * past the reader's bound is shown as written, in a `<pre>` that keeps its indentation.
 */
export function addRawHtmlRules(md: MarkdownIt): void {
  md.core.ruler.push('hide_raw_html_content', hideInlineContent);
  md.renderer.rules.html_block = (tokens, idx) => textOfHtml(tokens[idx]?.content ?? '');
  const inline: RendererRule = (tokens, idx) => textOfHtml(tokens[idx]?.content ?? '');
  md.renderer.rules.html_inline = inline;
  md.renderer.rules[DEEP_BLOCK] = (tokens, idx) =>
    `<pre class="deep-markdown">${escapeHtml(tokens[idx]?.content ?? '')}</pre>\n`;
}

/** What a browser shows of a piece of raw HTML, as safe HTML: text and line breaks only. */
export function textOfHtml(html: string): string {
  let out = '';
  let hidden: string | undefined;
  for (const [index, part] of withoutHiddenParts(html).split(tag).entries()) {
    if (index % 2 === 0) {
      if (hidden === undefined) out += escapeText(part);
      continue;
    }
    const opened = hiddenElement.exec(part)?.[1]?.toLowerCase();
    if (hidden !== undefined) {
      if (new RegExp(`^</${hidden}[\\s>]`, 'i').test(part)) hidden = undefined;
    } else if (opened !== undefined && !part.endsWith('/>')) hidden = opened;
    else if (breakTag.test(part) || blockTag.test(part)) out += '<br />';
  }
  return out;
}

function withoutHiddenParts(html: string): string {
  return html.replace(notShown, '');
}

function escapeText(text: string): string {
  return text.replace(entity, '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Inline raw HTML comes one tag at a time: what sits between `<script>` and `</script>` hides. */
function hideInlineContent(state: StateCore): void {
  for (const block of state.tokens) {
    let hidden: string | undefined;
    for (const token of block.children ?? []) {
      if (token.type === 'html_inline') {
        const opened = hiddenElement.exec(token.content)?.[1]?.toLowerCase();
        if (hidden !== undefined && new RegExp(`^</${hidden}[\\s>]`, 'i').test(token.content)) {
          hidden = undefined;
        } else if (hidden === undefined && opened !== undefined) hidden = opened;
      } else if (hidden !== undefined) {
        token.type = 'text';
        token.tag = '';
        token.nesting = 0;
        token.content = '';
        token.children = null;
      }
    }
  }
}
