import { insertAt } from '../core/model/ops/block-gaps';
import {
  blocksAt,
  findBlock,
  findSectionIndex,
  updateBlock,
  withBlocks,
} from '../core/model/ops/locate';
import { richTextEquals } from '../core/model/rich-text';
import type { Block, Issue, ProseBlock, RichText } from '../core/model/types';

/** Changes a paragraph's text; its original text is dropped only if the content really changed. */
export function setProseContent(issue: Issue, blockId: string, content: RichText): Issue {
  return updateBlock(issue, blockId, (block) => {
    if (block.kind !== 'prose' || richTextEquals(block.content, content)) return block;
    const { source: _dropped, ...rest } = block;
    return { ...rest, content };
  });
}

/** Changes the markdown of a raw block (shown and edited as text). */
export function setRawMarkdown(issue: Issue, blockId: string, markdown: string): Issue {
  return updateBlock(issue, blockId, (block) =>
    block.kind === 'raw' && block.markdown !== markdown ? { ...block, markdown } : block,
  );
}

/** Inserts a block right after another, in the intro or in its section. */
export function insertBlockAfter(issue: Issue, afterId: string, block: Block): Issue {
  const place = findBlock(issue, afterId);
  if (!place) return issue;
  const blocks = insertAt(blocksAt(issue, place.section), place.index + 1, block, issue.dialect);
  return withBlocks(issue, place.section, blocks);
}

/**
 * Appends a block to a section, or to the intro (`null`). An empty section gives the block the
 * gap that followed its heading and takes a blank line instead, as addCard does.
 */
export function appendBlock(issue: Issue, sectionId: string | null, block: Block): Issue {
  const index = sectionId === null ? -1 : findSectionIndex(issue, sectionId);
  if (sectionId !== null && index < 0) return issue;
  const blocks = blocksAt(issue, index);
  const blank = issue.dialect.eol + issue.dialect.eol;
  if (blocks.length > 0)
    return withBlocks(issue, index, insertAt(blocks, blocks.length, block, issue.dialect));
  if (index < 0) return { ...issue, intro: [{ ...block, after: blank }] };
  const sections = issue.sections.map((s, i) =>
    i === index ? { ...s, headingAfter: blank, blocks: [{ ...block, after: s.headingAfter }] } : s,
  );
  return { ...issue, sections };
}

export function newProse(id: string, content: RichText): ProseBlock {
  return { kind: 'prose', id, content, after: '' };
}
