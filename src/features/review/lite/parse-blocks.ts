import {
  closesFence,
  indentOf,
  isBlank,
  isQuoteStart,
  isThematicBreak,
  readAtxHeading,
  readFenceOpen,
  readListMarker,
  setextLevel,
  type ListMarker,
} from './block-starts';
import { htmlBlockEnd, htmlBlockExtent } from './html-block';
import type { MdBlock } from './md-block';
import type { Reference } from './parse-inline';
import { takeDefinitions } from './reference-definitions';
import { readTable } from './table-block';

// Block structure of CommonMark (with GFM tables), read line by line: containers (block quotes,
// list items) collect their lines, strip their indentation and are read again inside.

/** Deeper containers are read as plain paragraphs: no document needs them, a hostile one would. */
export const MAX_CONTAINER_DEPTH = 32;

export interface BlockContext {
  refs: Map<string, Reference>;
  depth: number;
}

interface Blocks {
  blocks: MdBlock[];
  /** A blank line separates two of the blocks (what makes a list loose). */
  gap: boolean;
}

/** Reads markdown (line endings "\n") into blocks; reference definitions go into `refs`. */
export function parseBlocks(markdown: string, refs: Map<string, Reference>): MdBlock[] {
  const lines = markdown.split('\n').map(expandIndent);
  return readBlocks(lines, { refs, depth: 0 }).blocks;
}

function expandIndent(line: string): string {
  if (!line.startsWith('\t') && !/^ {1,3}\t/.test(line)) return line;
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  let width = 0;
  for (const char of indent) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return ' '.repeat(width) + line.slice(indent.length);
}

function readBlocks(lines: readonly string[], context: BlockContext): Blocks {
  const blocks: MdBlock[] = [];
  let gap = false;
  let blankBefore = false;
  let at = 0;
  while (at < lines.length) {
    if (isBlank(lines[at] ?? '')) {
      blankBefore = blocks.length > 0;
      at++;
      continue;
    }
    if (blankBefore) gap = true;
    blankBefore = false;
    at = readBlock(lines, at, blocks, context);
  }
  return { blocks, gap };
}

/** Reads the block that starts at `at` into `blocks`; returns the index after it. */
function readBlock(
  lines: readonly string[],
  at: number,
  blocks: MdBlock[],
  context: BlockContext,
): number {
  const line = lines[at] ?? '';
  if (indentOf(line) >= 4) return readIndentedCode(lines, at, blocks);
  const fence = readFenceOpen(line);
  if (fence) return readFencedCode(lines, at, blocks, fence);
  const heading = readAtxHeading(line);
  if (heading) {
    blocks.push({ type: 'heading', ...heading });
    return at + 1;
  }
  if (isThematicBreak(line)) {
    blocks.push({ type: 'thematicBreak' });
    return at + 1;
  }
  const nested = context.depth < MAX_CONTAINER_DEPTH;
  if (nested && isQuoteStart(line)) return readQuote(lines, at, blocks, context);
  const marker = nested ? readListMarker(line) : undefined;
  if (marker) return readList(lines, at, blocks, context, marker);
  const html = htmlBlockEnd(line, false);
  if (html) {
    const end = htmlBlockExtent(lines, at, html);
    blocks.push({ type: 'html', text: lines.slice(at, end).join('\n') });
    return end;
  }
  const table = readTable(lines, at, (next) => isBlank(next) || interrupts(next));
  if (table) {
    blocks.push(table.block);
    return table.end;
  }
  return readParagraph(lines, at, blocks, context);
}

/** True when `line` starts a block that ends a paragraph before it. */
export function interrupts(line: string): boolean {
  if (indentOf(line) >= 4) return false;
  if (readAtxHeading(line) || readFenceOpen(line) || isThematicBreak(line)) return true;
  if (isQuoteStart(line) || htmlBlockEnd(line, true)) return true;
  const marker = readListMarker(line);
  return marker !== undefined && marker.content !== '' && (!marker.ordered || marker.start === 1);
}

function readParagraph(
  lines: readonly string[],
  start: number,
  blocks: MdBlock[],
  context: BlockContext,
): number {
  const parts = [(lines[start] ?? '').trimStart()];
  let at = start + 1;
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (isBlank(line)) break;
    const level = setextLevel(line);
    if (level) {
      const text = takeDefinitions(parts.join('\n'), context.refs).trim();
      blocks.push(text ? { type: 'heading', level, text } : { type: 'paragraph', text: line });
      return at + 1;
    }
    if (interrupts(line)) break;
    parts.push(line.trimStart());
  }
  const text = takeDefinitions(parts.join('\n'), context.refs).trimEnd();
  if (text.trim() !== '') blocks.push({ type: 'paragraph', text });
  return at;
}

function readIndentedCode(lines: readonly string[], start: number, blocks: MdBlock[]): number {
  let end = start;
  while (end < lines.length && (isBlank(lines[end] ?? '') || indentOf(lines[end] ?? '') >= 4)) {
    end++;
  }
  while (end > start && isBlank(lines[end - 1] ?? '')) end--;
  const text = lines.slice(start, end).map((line) => line.slice(Math.min(4, indentOf(line))));
  blocks.push({ type: 'code', text: text.join('\n'), info: '' });
  return end;
}

function readFencedCode(
  lines: readonly string[],
  start: number,
  blocks: MdBlock[],
  open: { indent: number; fence: string; info: string },
): number {
  const content: string[] = [];
  let at = start + 1;
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (indentOf(line) < 4 && closesFence(line, open.fence)) {
      at++;
      break;
    }
    content.push(line.slice(Math.min(open.indent, indentOf(line))));
  }
  const info = open.info.split(/\s/)[0] ?? '';
  blocks.push({ type: 'code', text: content.join('\n'), info });
  return at;
}

function readQuote(
  lines: readonly string[],
  start: number,
  blocks: MdBlock[],
  context: BlockContext,
): number {
  const content: string[] = [];
  let at = start;
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    const marker = /^ {0,3}> ?/.exec(line);
    if (marker) content.push(line.slice(marker[0].length));
    else if (isLazy(line, content)) content.push(line);
    else break;
  }
  const inner = { refs: context.refs, depth: context.depth + 1 };
  blocks.push({ type: 'quote', children: readBlocks(content, inner).blocks });
  return at;
}

/** A line that continues the paragraph open at the end of `content` without its markers. */
function isLazy(line: string, content: readonly string[]): boolean {
  const last = content[content.length - 1];
  if (last === undefined || isBlank(last) || isBlank(line) || interrupts(line)) return false;
  return !readAtxHeading(last) && !readFenceOpen(last) && indentOf(last) < 4;
}

function readList(
  lines: readonly string[],
  start: number,
  blocks: MdBlock[],
  context: BlockContext,
  first: ListMarker,
): number {
  const items: MdBlock[][] = [];
  const inner = { refs: context.refs, depth: context.depth + 1 };
  let loose = false;
  let at = start;
  for (;;) {
    const marker = readListMarker(lines[at] ?? '') as ListMarker;
    const item = readItem(lines, at, marker);
    const read = readBlocks(item.lines, inner);
    items.push(read.blocks);
    loose ||= read.gap;
    at = item.end;
    let next = at;
    while (next < lines.length && isBlank(lines[next] ?? '')) next++;
    if (!isSibling(lines[next], first)) break;
    loose ||= next > at;
    at = next;
  }
  blocks.push({ type: 'list', ordered: first.ordered, start: first.start, tight: !loose, items });
  return at;
}

function isSibling(line: string | undefined, first: ListMarker): boolean {
  if (line === undefined || isThematicBreak(line)) return false;
  const marker = readListMarker(line);
  return marker !== undefined && marker.kind === first.kind;
}

function readItem(lines: readonly string[], start: number, marker: ListMarker) {
  const out = [marker.content];
  const emptyStart = marker.content === '';
  let at = start + 1;
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (isBlank(line)) {
      if (emptyStart && out.length === 1) break;
      out.push('');
    } else if (indentOf(line) >= marker.contentOffset) {
      out.push(line.slice(marker.contentOffset));
    } else if (readListMarker(line)?.kind === marker.kind) {
      break;
    } else if (isLazy(line, out)) {
      out.push(line);
    } else break;
  }
  while (out.length > 1 && isBlank(out[out.length - 1] ?? '')) {
    out.pop();
    at--;
  }
  return { lines: out, end: at };
}
