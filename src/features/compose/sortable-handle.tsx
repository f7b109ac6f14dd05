import { useEffect, type RefObject } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
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
 * The live drag handle of a block: it registers the block's wrapper with dnd-kit and moves it
 * while dragging (style and classes set on the element), so the block itself never re-renders
 * for a drag.
 */
export function SortableHandle({ blockId, sectionId, label, wrapper }: HandleProps) {
  const sortable = useSortable({ id: blockId, data: { sectionId } });
  const { setNodeRef, transform, transition, isDragging, isOver, active } = sortable;
  // A passive effect: the wrapper's ref is attached only after this child's layout effects run.
  useEffect(() => {
    setNodeRef(wrapper.current);
    return () => setNodeRef(null);
  }, [setNodeRef, wrapper]);
  const fromElsewhere = isOver && active?.data.current?.sectionId !== sectionId;
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    element.style.transform = CSS.Translate.toString(transform) ?? '';
    element.style.transition = transition ?? '';
    element.classList.toggle('is-dragging', isDragging);
    element.classList.toggle('drop-target', fromElsewhere);
  }, [wrapper, transform, transition, isDragging, fromElsewhere]);
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
