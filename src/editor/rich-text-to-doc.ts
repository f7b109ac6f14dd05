import type { JSONContent } from '@tiptap/core';
import type { RichText } from '../core/model/types';
import { richTextToNodes } from './rich-text-to-nodes';

/** A prose block's rich text as a one-paragraph TipTap document. */
export function richTextToDoc(content: RichText): JSONContent {
  const inline = richTextToNodes(content);
  const paragraph: JSONContent =
    inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
  return { type: 'doc', content: [paragraph] };
}
