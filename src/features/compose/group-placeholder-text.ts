import { plainText } from '../../core/model/rich-text';
import type { Block } from '../../core/model/types';

/**
 * The words of a group of blocks as plain text, one line each: a card's title, tag, the text
 * after its title, its bullets and description; a paragraph's text; a markdown block as written.
 * What a placeholder holds in the cards' stead, so that find-in-page still finds them.
 */
export function groupPlaceholderText(blocks: readonly (Block | undefined)[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block === undefined) continue;
    if (block.kind === 'prose') lines.push(plainText(block.content));
    else if (block.kind === 'raw') lines.push(block.markdown);
    else {
      lines.push(
        [block.tag, block.title, block.trailing && plainText(block.trailing)]
          .filter(Boolean)
          .join(' '),
      );
      for (const bullet of block.bullets) lines.push(plainText(bullet.content));
      for (const paragraph of block.description ?? []) lines.push(plainText(paragraph.content));
    }
  }
  return lines.filter((line) => line.trim() !== '').join('\n');
}
