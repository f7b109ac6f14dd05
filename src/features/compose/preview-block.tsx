import { memo } from 'react';
import type { Block } from '../../core/model/types';
import { isListItemBlock, renderBlock } from '../../core/render/render-block';

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

/** Blocks in order; consecutive list-style cards share one `<ul class="cards">`, as on the site. */
export function PreviewBlocks({ blocks }: { blocks: readonly Block[] }) {
  const groups: Block[][] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (last && isListItemBlock(block) && isListItemBlock(last[0] as Block)) last.push(block);
    else groups.push([block]);
  }
  return groups.map((group) =>
    isListItemBlock(group[0] as Block) ? (
      <ul className="cards" key={(group[0] as Block).id}>
        {group.map((block) => (
          <PreviewBlock key={block.id} block={block} />
        ))}
      </ul>
    ) : (
      <PreviewBlock key={(group[0] as Block).id} block={group[0] as Block} />
    ),
  );
}
