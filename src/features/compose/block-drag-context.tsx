import { useMemo, useState, type ReactNode } from 'react';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDndMonitor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  useDndContext,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { DRAG_INSTRUCTIONS_ID, dragAnnouncements, dragInstructions } from './drag-announcements';
import { DragArmedContext, useArmWhenIdle } from './drag-armed';
import { DragPreview } from './drag-preview';
import { dropPlace } from './drop-place';
import { useEditorStore } from './editor-store-context';

/** The block under the pointer when there is one, else the nearest (keyboard drags). */
const collisions: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : closestCenter(args);
};

/**
 * Drag and drop of the sections' blocks, within and across sections, by pointer (after a few
 * pixels, so a click on the handle stays a click) and by keyboard (Space on a handle, arrows,
 * Space), each step announced. A drop is one store move: one undo step, announced by the store.
 * What moves on screen is a small preview of the block; the blocks stay in place and the one
 * under it shows where the drop goes (blocks are painted in groups that would clip them).
 *
 * The announcements go through the editor's own live region (LiveAnnouncer), the one that also
 * reads out Alt+arrow moves, so dnd-kit's own region is kept off the page: the page keeps one
 * status (the save status line) and one voice for moves.
 */
export function BlockDragContext({ children }: { children: ReactNode }) {
  const store = useEditorStore();
  const [offPage] = useState(() => document.createElement('div'));
  const armed = useArmWhenIdle();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const settle = () => document.documentElement.classList.remove('blocks-dragging');
  const onDragStart = () => document.documentElement.classList.add('blocks-dragging');
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    settle();
    if (!over || over.id === active.id) return;
    const state = store.getState();
    const place = dropPlace(state.issue, String(active.id), String(over.id));
    if (place) state.moveBlock(String(active.id), place.sectionId, place.index);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      accessibility={{ container: offPage, screenReaderInstructions: dragInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={settle}
    >
      <p id={DRAG_INSTRUCTIONS_ID} hidden>
        {dragInstructions.draggable}
      </p>
      <DragAnnouncer />
      <DragArmedContext value={armed}>{children}</DragArmedContext>
      <DraggedPreview />
    </DndContext>
  );
}

/** Sends dnd-kit's drag events, worded for cards and sections, to the editor's live region. */
function DragAnnouncer() {
  const store = useEditorStore();
  const listener = useMemo((): Parameters<typeof useDndMonitor>[0] => {
    const words = dragAnnouncements(() => store.getState().issue);
    const say = (message: string | undefined) => {
      if (message) store.getState().announce(message);
    };
    return {
      onDragStart: ({ active }) => say(words.onDragStart({ active })),
      onDragOver: (event) => say(words.onDragOver(event)),
      onDragEnd: (event) => say(words.onDragEnd(event)),
      onDragCancel: (event) => say(words.onDragCancel(event)),
    };
  }, [store]);
  useDndMonitor(listener);
  return null;
}

/** The preview that follows the pointer (or the arrow keys) while a block is dragged. */
function DraggedPreview() {
  const { active } = useDndContext();
  return (
    <DragOverlay dropAnimation={null}>
      {active ? <DragPreview blockId={String(active.id)} /> : null}
    </DragOverlay>
  );
}
