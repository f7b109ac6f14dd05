import { memo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { blockById } from '../../state/block-index';
import { BlockView } from './block-view';
import { DRAG_INSTRUCTIONS_ID } from './drag-announcements';
import { useEditorState } from './editor-store-context';
import './sortable-block.css';

function handleLabel(title: string | undefined, kind: string | undefined): string {
  if (kind === 'card') return `Move ${title?.trim() || 'Untitled card'}`;
  return kind === 'prose' ? 'Move paragraph' : 'Move markdown block';
}

/**
 * One block of a section as a sortable item: a drag handle ("Move <title>") beside the block.
 * Dragging re-renders these thin wrappers only; the block inside is memoized on its id, so a
 * 500-card issue does not render 500 cards when a drag starts.
 */
export const SortableBlock = memo(function SortableBlock({
  blockId,
  sectionId,
}: {
  blockId: string;
  sectionId: string;
}) {
  const sortable = useSortable({ id: blockId, data: { sectionId } });
  const kind = useEditorState((s) => blockById(s.issue, blockId)?.block.kind);
  const title = useEditorState((s) => {
    const block = blockById(s.issue, blockId)?.block;
    return block?.kind === 'card' ? block.title : undefined;
  });
  const fromElsewhere =
    sortable.isOver && sortable.active?.data.current?.sectionId !== sectionId ? ' drop-target' : '';
  const dragging = sortable.isDragging ? ' is-dragging' : '';
  return (
    <div
      ref={sortable.setNodeRef}
      className={`sortable-block${dragging}${fromElsewhere}`}
      data-block-id={blockId}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
      }}
    >
      <button
        type="button"
        className="drag-handle"
        ref={sortable.setActivatorNodeRef}
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={handleLabel(title, kind)}
        aria-describedby={DRAG_INSTRUCTIONS_ID}
        title="Drag to move, or press Space and use the arrow keys"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="sortable-body">
        <BlockView blockId={blockId} />
      </div>
    </div>
  );
});
