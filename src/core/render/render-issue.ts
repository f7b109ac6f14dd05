import type { Block, Issue, Section } from '../model/types';
import { escapeHtml } from './escape-html';
import { renderHeadingText } from './render-rich-text';
import { isListItemBlock, renderBlock } from './render-block';
import { renderIssueHeader } from './render-issue-header';
import { renderMarkdown } from './render-markdown';

export interface RenderIssueOptions {
  /** Show the front matter's title and date on top (default true). */
  header?: boolean;
  /** Renders one block; pass a memoizing one (createBlockRenderer) for a live preview. */
  renderBlock?: (block: Block) => string;
}

/**
 * The whole issue as a subscriber sees it, as HTML safe for innerHTML: header, preamble
 * (shortcodes as placeholders), intro, one `<section>` per section, epilogue.
 */
export function renderIssue(issue: Issue, options: RenderIssueOptions = {}): string {
  const render = options.renderBlock ?? renderBlock;
  let html = '<article class="issue">';
  if (options.header !== false) html += renderIssueHeader(issue.frontMatter);
  html += renderRawPart(issue.preamble, 'preamble');
  html += renderBlocks(issue.intro, render);
  for (const section of issue.sections) html += renderSection(section, render);
  html += renderRawPart(issue.epilogue, 'epilogue');
  return `${html}</article>`;
}

/** Renders blocks in order; consecutive list-style cards share one `<ul>`. */
export function renderBlocks(
  blocks: Block[],
  render: (block: Block) => string = renderBlock,
): string {
  let html = '';
  let inList = false;
  for (const block of blocks) {
    const item = isListItemBlock(block);
    if (item !== inList) html += item ? '<ul class="cards">' : '</ul>';
    inList = item;
    html += render(block);
  }
  return inList ? `${html}</ul>` : html;
}

function renderSection(section: Section, render: (block: Block) => string): string {
  const id = escapeHtml(section.id);
  const heading = renderSectionHeading(section);
  return `<section data-section-id="${id}">${heading}${renderBlocks(section.blocks, render)}</section>`;
}

/** A section's heading line as the site shows it: `<h2>` for level 2. */
export function renderSectionHeading(section: Section): string {
  const level = Math.min(6, Math.max(1, Math.trunc(section.level) || 2));
  return `<h${level}>${renderHeadingText(section)}</h${level}>`;
}

function renderRawPart(markdown: string, className: string): string {
  return markdown.trim() === ''
    ? ''
    : `<div class="${className}">${renderMarkdown(markdown)}</div>`;
}
