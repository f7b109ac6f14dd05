import type { JSONContent } from '@tiptap/core';
import type { RichText } from '../core/model/types';
import { nodesToRichText } from './nodes-to-rich-text';

/**
 * The rich text of a prose editor's document. Should it hold several paragraphs (it holds one),
 * they are joined with soft line breaks rather than lost.
 */
export function docToRichText(doc: JSONContent): RichText {
  const paragraphs = (doc.content ?? []).filter((node) => node.type === 'paragraph');
  const nodes: JSONContent[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) nodes.push({ type: 'text', text: '\n' });
    nodes.push(...(paragraph.content ?? []));
  });
  return nodesToRichText(nodes);
}
