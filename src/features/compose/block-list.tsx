import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, type SortingStrategy } from '@dnd-kit/sortable';
import type { Block, Issue } from '../../core/model/types';
import { sectionById } from '../../state/block-index';
import { BlockGroup } from './block-group';
import { BlockView } from './block-view';
import { sectionDropId } from './drop-place';
import { useEditorState } from './editor-store-context';
import { useSameList } from './use-same-list';

/** The ids of each list of blocks, made once: a keystroke changes one section's list at most. */
const idsOfBlocks = new WeakMap<readonly Block[], string[]>();

function blockIds(issue: Issue, sectionId: string | null): string[] {
  const blocks = sectionId === null ? issue.intro : (sectionById(issue, sectionId)?.blocks ?? []);
  let ids = idsOfBlocks.get(blocks);
  if (ids === undefined) {
    ids = blocks.map((b) => b.id);
    idsOfBlocks.set(blocks, ids);
  }
  return ids;
}

/**
 * The blocks of a section (or of the intro, `null`) in order. It re-renders only when blocks are
 * added, removed or moved; an edit inside a block re-renders that block alone. A section's blocks
 * can be dragged within it and into other sections; the intro's stay where they are.
 */
export const BlockList = memo(function BlockList({
  sectionId,
  emptyText,
}: {
  sectionId: string | null;
  emptyText: string;
}) {
  const ids = useEditorState(useSameList((s) => blockIds(s.issue, sectionId)));
  if (sectionId !== null)
    return <SortableBlocks sectionId={sectionId} ids={ids} emptyText={emptyText} />;
  if (ids.length === 0) return <p className="hint empty-blocks">{emptyText}</p>;
  return (
    <div className="block-list">
      {ids.map((id) => (
        <BlockView key={id} blockId={id} />
      ))}
    </div>
  );
});

/**
 * Blocks are laid out in groups, each a light placeholder while far from the viewport (see
 * block-group.tsx): few enough groups that watching them is cheap, small enough that what is
 * rendered stays close to what is on screen.
 */
const GROUP_SIZE = 10;

/** Blocks do not slide while dragging: they are painted in groups, which would clip them. */
const stayInPlace: SortingStrategy = () => null;

function groupsOf(ids: readonly string[], size: number): string[][] {
  const groups: string[][] = [];
  for (let start = 0; start < ids.length; start += size)
    groups.push(ids.slice(start, start + size));
  return groups;
}

function SortableBlocks({
  sectionId,
  ids,
  emptyText,
}: {
  sectionId: string;
  ids: string[];
  emptyText: string;
}) {
  // The section's end takes drops too: the whole of an empty section, a strip after the last block.
  const end = useDroppable({ id: sectionDropId(sectionId) });
  const over = end.isOver ? ' drop-target' : '';
  return (
    <SortableContext id={sectionId} items={ids} strategy={stayInPlace}>
      {ids.length === 0 ? (
        <p ref={end.setNodeRef} className={`hint empty-blocks${over}`}>
          {emptyText}
        </p>
      ) : (
        // A list, so that each card's place in its section and the section's size are announced.
        <div className="block-list" role="list">
          {groupsOf(ids, GROUP_SIZE).map((group, index) => (
            // Keyed by place: a move or removal shifts one block per later group, not all.
            <BlockGroup
              key={index}
              ids={group}
              sectionId={sectionId}
              start={index * GROUP_SIZE}
              setSize={ids.length}
            />
          ))}
          <div ref={end.setNodeRef} className={`drop-end${over}`} aria-hidden="true" />
        </div>
      )}
    </SortableContext>
  );
}
