import { memo, useRef } from 'react';
import type { Block } from '../../core/model/types';
import { BlockView } from './block-view';
import { useDragArmed } from './drag-armed';
import { InertHandle, SortableHandle } from './sortable-handle';
import { useBlock } from './use-block';
import './sortable-block.css';

/** The handle's name: "Move <card title>", or what kind of block it moves. */
function handleLabel(block: Block | undefined): string {
  if (block?.kind === 'card') return `Move ${block.title.trim() || 'Untitled card'}`;
  return block?.kind === 'prose' ? 'Move paragraph' : 'Move markdown block';
}

/**
 * One block of a section as a sortable item: a drag handle ("Move <title>") beside the block.
 * The handle does the dragging (see SortableHandle); the block inside is memoized on its id, so
 * neither arming the handles nor starting a drag renders 500 cards again.
 */
export const SortableBlock = memo(function SortableBlock({
  blockId,
  sectionId,
  position,
  setSize,
}: {
  blockId: string;
  sectionId: string;
  /** Its place in the section, from 1, and the section's size: read out by screen readers. */
  position: number;
  setSize: number;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const armed = useDragArmed();
  const label = handleLabel(useBlock(blockId));
  return (
    <div
      ref={wrapper}
      className="sortable-block"
      data-block-id={blockId}
      role="listitem"
      aria-posinset={position}
      aria-setsize={setSize}
    >
      {armed ? (
        <SortableHandle blockId={blockId} sectionId={sectionId} label={label} wrapper={wrapper} />
      ) : (
        <InertHandle label={label} />
      )}
      <div className="sortable-body">
        <BlockView blockId={blockId} />
      </div>
    </div>
  );
});
