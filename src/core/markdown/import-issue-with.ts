import type { Block, Issue, Section } from '../model/types';
import type { CardShape } from '../model/card-shape';
import { InputError } from '../errors';
import { newId } from '../model/new-id';
import type { FrontMatterReader } from '../front-matter/front-matter-reader';
import { readFrontMatter } from '../front-matter/read-front-matter';
import { detectDialect } from './detect-dialect';
import { importBlocks } from './import-blocks';
import { blockTree, type BlockNode } from './block-tree';
import { buildLineMap, lineEnd, lineStart, sliceLines, type LineMap } from './line-map';
import { parseMarkdown } from './parse-markdown';
import { splitRegions } from './split-regions';
import { inlineFromTokens } from './inline-from-tokens';
import { plainText } from '../model/rich-text';
import { statusFromDraft } from '../status/status-from-draft';

export interface ImportOptions {
  id?: string;
  now?: number;
  /**
   * The item shapes read as cards under a section heading (undefined for the intro); by default
   * list items and paragraphs that open with a link.
   */
  cardShapes?: (heading: string | undefined) => readonly CardShape[];
  /**
   * Keep front matter whose content cannot be read (bad TOML, YAML or JSON) whole and read-only,
   * with the reason (FrontMatter.unreadable), as the editor does; by default it is refused with
   * an InputError naming its line, as a check or an archive wants.
   */
  keepUnreadableFrontMatter?: boolean;
}

/**
 * Reads a Hugo content file into the model, its front matter with the first of `readers` that
 * opens it (importIssue passes every format's). Every byte is kept somewhere (a part's source, a
 * separator, a raw block), so exporting an unedited issue gives the same file back. The status
 * is what the file's `draft` key says (core/status/status-from-draft.ts). Front matter whose
 * content cannot be read is refused, or kept whole and read-only when the options say so.
 */
export function importIssueWith(
  text: string,
  readers: readonly FrontMatterReader[],
  options: ImportOptions = {},
): Issue {
  rejectBinary(text);
  const bom = text.startsWith('\uFEFF');
  const content = bom ? text.slice(1) : text;
  const keep = options.keepUnreadableFrontMatter ?? false;
  const { frontMatter, bodyOffset } = readFrontMatter(content, readers, keep);
  const { preamble, main, epilogue } = splitRegions(content.slice(bodyOffset));
  const map = buildLineMap(main);
  const lines = main.split(/\r\n?|\n/);
  const nodes = withLeadingLines(blockTree(parseMarkdown(main), lines), lines);
  const level = sectionLevel(nodes);
  const firstHeading = nodes.findIndex((n) => isSectionHeading(n, level));
  const introNodes = firstHeading < 0 ? nodes : nodes.slice(0, firstHeading);
  const introEnd = firstHeading < 0 ? main.length : startOffset(nodes[firstHeading], map);
  const shapes = options.cardShapes;
  const intro: Block[] = importBlocks(introNodes, map, introEnd, shapes?.(undefined));
  const sections =
    firstHeading < 0 ? [] : importSections(nodes.slice(firstHeading), level, map, shapes);
  const now = options.now ?? Date.now();
  const issue: Omit<Issue, 'dialect'> = {
    id: options.id ?? newId('i'),
    frontMatter,
    preamble,
    intro,
    sections,
    epilogue,
    status: statusFromDraft(frontMatter),
    createdAt: now,
    updatedAt: now,
  };
  return { ...issue, dialect: detectDialect(issue, text, bom) };
}

function rejectBinary(text: string): void {
  const index = text.indexOf('\u0000');
  if (index < 0) return;
  const line = text.slice(0, index).split(/\r\n?|\n/).length;
  throw new InputError('this is not a markdown file: it holds binary data (a NUL byte)', line);
}

/**
 * Lines before the first block that markdown-it makes no token of (link reference definitions)
 * would belong to no part and be lost; they become a node of their own, kept as a raw block.
 */
function withLeadingLines(nodes: BlockNode[], lines: string[]): BlockNode[] {
  let end = (nodes[0]?.start ?? lines.length + 1) - 1;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  return end > 0 ? [{ type: 'other', start: 1, end }, ...nodes] : nodes;
}

type Heading = Extract<BlockNode, { type: 'heading' }>;

function sectionLevel(nodes: BlockNode[]): number {
  const depths = nodes.filter((n): n is Heading => n.type === 'heading').map((h) => h.depth);
  return depths.length > 0 ? Math.min(...depths) : 2;
}

function isSectionHeading(node: BlockNode | undefined, level: number): node is Heading {
  return node?.type === 'heading' && node.depth === level;
}

function startOffset(node: BlockNode | undefined, map: LineMap): number {
  return lineStart(map, node?.start ?? 1);
}

type ShapesOf = ImportOptions['cardShapes'];

function importSections(
  nodes: BlockNode[],
  level: number,
  map: LineMap,
  shapes: ShapesOf,
): Section[] {
  const sections: Section[] = [];
  let i = 0;
  while (i < nodes.length) {
    const heading = nodes[i] as Heading;
    let j = i + 1;
    while (j < nodes.length && !isSectionHeading(nodes[j], level)) j++;
    const body = nodes.slice(i + 1, j);
    const regionEnd = j < nodes.length ? startOffset(nodes[j], map) : map.text.length;
    sections.push(importSection(heading, body, map, regionEnd, shapes));
    i = j;
  }
  return sections;
}

function importSection(
  heading: Heading,
  body: BlockNode[],
  map: LineMap,
  end: number,
  shapes: ShapesOf,
): Section {
  const name = plainText(inlineFromTokens(heading.inline)).trim();
  const startLine = heading.start;
  const endLine = heading.end;
  const blocksStart = body.length > 0 ? startOffset(body[0], map) : end;
  return {
    id: newId('s'),
    heading: name,
    level: heading.depth,
    headingSource: sliceLines(map, startLine, endLine),
    headingAfter: map.text.slice(lineEnd(map, endLine), blocksStart),
    blocks: importBlocks(body, map, end, shapes?.(name)),
  };
}
