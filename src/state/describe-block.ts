import { plainText } from '../core/model/rich-text';
import type { Block } from '../core/model/types';

/** How a block is named in announcements: a card by its title, others by their first words. */
export function describeBlock(block: Block): string {
  if (block.kind === 'card') return `"${block.title}"`;
  const text = block.kind === 'prose' ? plainText(block.content) : block.markdown;
  const words = text.trim().split(/\s+/).slice(0, 6).join(' ');
  return words === ''
    ? 'the empty paragraph'
    : `"${words}${text.trim().length > words.length ? '…' : ''}"`;
}
