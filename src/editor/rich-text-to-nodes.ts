import type { JSONContent } from '@tiptap/core';
import type { Inline, RichText } from '../core/model/types';
import { markToJson } from './mark-json';
import { RAW_INLINE } from './raw-inline-node';

/**
 * The inline content of a paragraph for model rich text. Text keeps soft line breaks ('\n') as
 * they are; raw inline markdown becomes an atom node that carries it untouched.
 */
export function richTextToNodes(content: RichText): JSONContent[] {
  return content.flatMap(inlineToNode);
}

function inlineToNode(inline: Inline): JSONContent[] {
  switch (inline.kind) {
    case 'hardBreak':
      return [{ type: 'hardBreak' }];
    case 'raw':
      return [{ type: RAW_INLINE, attrs: { markdown: inline.markdown } }];
    case 'text': {
      // ProseMirror has no empty text nodes.
      if (inline.text === '') return [];
      const marks = inline.marks ?? [];
      if (marks.length === 0) return [{ type: 'text', text: inline.text }];
      return [{ type: 'text', text: inline.text, marks: marks.map(markToJson) }];
    }
  }
}
