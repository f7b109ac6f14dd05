import type { JSONContent } from '@tiptap/core';
import type { Inline, Mark, RichText } from '../core/model/types';
import { normalizeRichText } from '../core/model/rich-text';
import { markFromJson } from './mark-json';
import { trimRichText } from './trim-rich-text';
import { RAW_INLINE } from './raw-inline-node';

/**
 * Model rich text for the inline content of a paragraph: unknown nodes and marks are dropped, and
 * so is whitespace at either end (see trimRichText).
 */
export function nodesToRichText(nodes: readonly JSONContent[] | undefined): RichText {
  const runs: Inline[] = [];
  for (const node of nodes ?? []) {
    const run = nodeToInline(node);
    if (run) runs.push(run);
  }
  return trimRichText(normalizeRichText(runs));
}

function nodeToInline(node: JSONContent): Inline | undefined {
  switch (node.type) {
    case 'text':
      return { kind: 'text', text: node.text ?? '', marks: marksOf(node) };
    case 'hardBreak':
      return { kind: 'hardBreak' };
    case RAW_INLINE: {
      const markdown = node.attrs?.['markdown'];
      return typeof markdown === 'string' ? { kind: 'raw', markdown } : undefined;
    }
    default:
      return undefined;
  }
}

function marksOf(node: JSONContent): Mark[] {
  const marks: Mark[] = [];
  for (const json of node.marks ?? []) {
    const mark = markFromJson(json);
    if (mark) marks.push(mark);
  }
  return marks;
}
