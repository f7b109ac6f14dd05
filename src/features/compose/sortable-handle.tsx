import { useEffect, type RefObject } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { DRAG_INSTRUCTIONS_ID } from './drag-announcements';

interface HandleProps {
  blockId: string;
  sectionId: string;
  label: string;
  /** The block's wrapper: what moves, measured and transformed by dnd-kit. */
  wrapper: RefObject<HTMLDivElement | null>;
}

const glyph = <span aria-hidden="true">⠿</span>;
const hint = 'Drag to move, or press Space and use the arrow keys';

/** A handle before dragging is armed: the same button, named the same, inert. */
export function InertHandle({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="drag-handle"
      aria-label={label}
      aria-describedby={DRAG_INSTRUCTIONS_ID}
      title={hint}
    >
      {glyph}
    </button>
  );
}

/**
 * The live drag handle of a block: it registers the block's wrapper with dnd-kit and marks it
 * while dragging (classes set on the element: dragged, or where a drop would go), so the block
 * itself never re-renders for a drag.
 */
export function SortableHandle({ blockId, sectionId, label, wrapper }: HandleProps) {
  const sortable = useSortable({ id: blockId, data: { sectionId } });
  const { setNodeRef, isDragging, isOver, active, index, activeIndex } = sortable;
  // A passive effect: the wrapper's ref is attached only after this child's layout effects run.
  useEffect(() => {
    setNodeRef(wrapper.current);
    return () => setNodeRef(null);
  }, [setNodeRef, wrapper]);
  const place = dropMark(isOver, active?.data.current?.sectionId === sectionId, activeIndex, index);
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    element.classList.toggle('is-dragging', isDragging);
    element.classList.toggle('drop-before', place === 'before');
    element.classList.toggle('drop-after', place === 'after');
  }, [wrapper, isDragging, place]);
  return (
    <button
      type="button"
      className="drag-handle"
      ref={sortable.setActivatorNodeRef}
      {...sortable.attributes}
      {...sortable.listeners}
      aria-label={label}
      aria-describedby={DRAG_INSTRUCTIONS_ID}
      title={hint}
    >
      {glyph}
    </button>
  );
}

/**
 * Where a drop on this block puts the dragged one (see dropPlace): in its own section after it
 * when moving down and before it when moving up; from another section, before it.
 */
function dropMark(
  isOver: boolean,
  sameSection: boolean,
  activeIndex: number,
  index: number,
): 'before' | 'after' | undefined {
  if (!isOver) return undefined;
  if (!sameSection) return 'before';
  if (activeIndex === index) return undefined;
  return activeIndex < index ? 'after' : 'before';
}
