import type { MarkdownIt, RendererRule } from 'markdown-it';
import { DEEP_BLOCK } from '../markdown/deep-block-rule';
import { escapeHtml } from './escape-html';

const bareBreak = /(<br\s*\/?>)/i;

/**
 * Raw HTML in markdown is shown as text, as written; the one tag the newsletter relies on, a bare
 * `<br>` / `<br/>` / `<br />` (the `<br/><br/><br/><br/>` spacer under the subscribe form), stays
 * a line break. A `<br>` with attributes, and any other HTML, stays text. Markdown nested past the
 * reader's bound is shown as written too, in a `<pre>` that keeps its indentation.
 */
export function addRawHtmlRules(md: MarkdownIt): void {
  const rawHtml: RendererRule = (tokens, idx) => escapeKeepingBreaks(tokens[idx]?.content ?? '');
  md.renderer.rules.html_block = rawHtml;
  md.renderer.rules.html_inline = rawHtml;
  md.renderer.rules[DEEP_BLOCK] = (tokens, idx) =>
    `<pre class="deep-markdown">${escapeHtml(tokens[idx]?.content ?? '')}</pre>\n`;
}

function escapeKeepingBreaks(html: string): string {
  return html
    .split(bareBreak)
    .map((part, index) => (index % 2 === 1 ? '<br />' : escapeHtml(part)))
    .join('');
}
