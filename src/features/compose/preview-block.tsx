import { memo } from 'react';
import type { Block } from '../../core/model/types';
import { isListItemBlock, renderBlock } from '../../core/render/render-block';
import { PreviewList } from './preview-list';

/**
 * One block of the preview, rendered by the core renderer and memoized on the block object: a
 * keystroke re-renders the one block it changed. A list-style card is the `<li>` itself (its
 * attributes come from the renderer's output), so the cards of a section share one `<ul>`.
 */
export const PreviewBlock = memo(function PreviewBlock({ block }: { block: Block }) {
  const html = renderBlock(block);
  if (isListItemBlock(block)) {
    const inner = innerOfListItem(html);
    if (inner !== undefined) {
      return (
        <li
          id={`card-${block.id}`}
          className="card"
          data-card-id={block.id}
          dangerouslySetInnerHTML={{ __html: inner }}
        />
      );
    }
  }
  return <div className="preview-block" dangerouslySetInnerHTML={{ __html: html }} />;
});

/** The content of `<li ...>content</li>`, or undefined for any other shape. */
export function innerOfListItem(html: string): string | undefined {
  if (!html.startsWith('<li') || !html.endsWith('</li>')) return undefined;
  const open = html.indexOf('>');
  return open < 0 ? undefined : html.slice(open + 1, -'</li>'.length);
}

/** Cards per `<ul>`: each list is left empty while far from what the preview shows. */
const CARDS_PER_LIST = 20;

/**
 * Blocks in order; consecutive list-style cards share a `<ul class="cards">`, as on the site, in
 * lists of at most 20 that read as one (a list continued carries `cards-continued`).
 */
export function PreviewBlocks({ blocks }: { blocks: readonly Block[] }) {
  const groups: Block[][] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    const joins = last && isListItemBlock(block) && isListItemBlock(last[0] as Block);
    if (last && joins && last.length < CARDS_PER_LIST) last.push(block);
    else groups.push([block]);
  }
  return groups.map((group, index) =>
    isListItemBlock(group[0] as Block) ? (
      <PreviewList
        className={continues(groups, index) ? 'cards cards-continued' : 'cards'}
        key={(group[0] as Block).id}
        blocks={group}
      />
    ) : (
      <PreviewBlock key={(group[0] as Block).id} block={group[0] as Block} />
    ),
  );
}

/** True when the list before this one is also a list of cards: together they are one list. */
function continues(groups: readonly Block[][], index: number): boolean {
  const previous = groups[index - 1]?.[0];
  return previous !== undefined && isListItemBlock(previous);
}
