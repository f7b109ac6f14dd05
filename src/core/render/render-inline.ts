import type { Inline, Mark, RichText } from '../model/types';
import { escapeHtml } from './escape-html';
import { renderAnchor } from './render-anchor';

type LinkMark = Extract<Mark, { type: 'link' }>;

// Nesting order of the other marks, outermost first, whatever order the model lists them in.
const markTags: Array<[Mark['type'], string]> = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['strike', 'del'],
  ['code', 'code'],
];

/** Renders a raw run: inline markdown the model keeps as written (an image, inline HTML). */
export type RenderRawInline = (markdown: string) => string;

/**
 * A raw run as the editor shows it: its markdown, as written. The form's static view uses it, so
 * what is shown before a field is focused matches what its editor shows, and the markdown
 * renderer (with its parser) is not needed to show the form.
 */
export const showRawInline: RenderRawInline = (markdown) =>
  `<code class="raw-inline" title="Markdown kept as written">${escapeHtml(markdown)}</code>`;

/**
 * Renders rich text to HTML safe for innerHTML. Text is escaped; a soft break stays a newline;
 * runs that share one link share one `<a>`; a link whose href fails the URL door is rendered as
 * its plain text, so the href never reaches the DOM. Raw runs go through `renderRaw`: the preview
 * passes the safe markdown renderer (renderMarkdownInline).
 */
export function renderInline(
  content: RichText,
  renderRaw: RenderRawInline = showRawInline,
): string {
  let html = '';
  let index = 0;
  while (index < content.length) {
    const link = linkOf(content[index]);
    let inner = '';
    do {
      inner += renderRun(content[index] as Inline, renderRaw);
      index++;
    } while (link && index < content.length && sameLink(linkOf(content[index]), link));
    html += link ? renderAnchor(link.href, inner, link.title) : inner;
  }
  return html;
}

function renderRun(inline: Inline, renderRaw: RenderRawInline): string {
  switch (inline.kind) {
    case 'hardBreak':
      return '<br />';
    case 'raw':
      return renderRaw(inline.markdown);
    case 'text':
      return wrapMarks(escapeHtml(inline.text), inline.marks);
  }
}

function wrapMarks(html: string, marks: Mark[] | undefined): string {
  if (!marks || marks.length === 0) return html;
  let result = html;
  for (let i = markTags.length - 1; i >= 0; i--) {
    const [type, tag] = markTags[i] as [Mark['type'], string];
    if (marks.some((mark) => mark.type === type)) result = `<${tag}>${result}</${tag}>`;
  }
  return result;
}

function linkOf(inline: Inline | undefined): LinkMark | undefined {
  if (inline?.kind !== 'text' || !inline.marks) return undefined;
  return inline.marks.find((mark): mark is LinkMark => mark.type === 'link');
}

function sameLink(a: LinkMark | undefined, b: LinkMark): boolean {
  return a !== undefined && a.href === b.href && a.title === b.title;
}
