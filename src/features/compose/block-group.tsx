import { memo, useContext, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { Block } from '../../core/model/types';
import { blockById } from '../../state/block-index';
import { useEditorState } from './editor-store-context';
import { estimatedGroupHeight } from './estimated-group-height';
import { groupPlaceholderText } from './group-placeholder-text';
import { groupPresence, type GroupPresence } from './group-presence';
import { observeNearViewport } from './near-viewport';
import { RevealContext } from './reveal-context';
import { SortableBlock } from './sortable-block';
import { useSameList } from './use-same-list';

const NONE: readonly (Block | undefined)[] = [];

/** Where nothing can tell what is near the viewport (jsdom), every group is rendered as cards. */
function initialPresence(): GroupPresence {
  const observes = typeof IntersectionObserver !== 'undefined';
  return { near: !observes, shown: !observes };
}

/** Whether a block of the group is to be focused (a pending focus request) or scrolled to. */
function useWanted(ids: readonly string[]): boolean {
  const reveal = useContext(RevealContext);
  const requested = useEditorState((s) => {
    const target = s.focusRequest?.target;
    return target !== undefined && ids.includes(target);
  });
  return requested || (reveal !== undefined && ids.includes(reveal));
}

/** Focus or a drag is in the group: a card there must not vanish while in use. */
function holding(element: HTMLElement): boolean {
  return (
    element.contains(document.activeElement) ||
    document.documentElement.classList.contains('blocks-dragging')
  );
}

/**
 * A group of a section's blocks: rendered as cards while within about a screen of the viewport
 * (or holding focus, or wanted by a focus request or the reopened scroll place), else as one
 * light placeholder of the group's height (as last rendered, estimated before) holding the
 * cards' words as plain text, so find-in-page still finds them and scrolls them into view.
 */
export const BlockGroup = memo(function BlockGroup({
  ids,
  sectionId,
  start,
  setSize,
}: {
  ids: readonly string[];
  sectionId: string;
  /** The place of the group's first block in its section, from 0. */
  start: number;
  /** How many blocks the section holds. */
  setSize: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [presence, dispatch] = useReducer(groupPresence, undefined, initialPresence);
  if (useWanted(ids) && !presence.shown) dispatch({ type: 'wanted' });
  const blocks = useEditorState(
    useSameList((s) => (presence.shown ? NONE : ids.map((id) => blockById(s.issue, id)?.block))),
  );
  useLayoutEffect(() => {
    // The first screenful is cards in the first paint, not a frame later.
    const rect = ref.current?.getBoundingClientRect();
    if (rect && rect.bottom >= -innerHeight && rect.top <= 2 * innerHeight)
      dispatch({ type: 'near' });
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    return observeNearViewport(element, (near, height) =>
      dispatch(near ? { type: 'near' } : { type: 'far', height, holding: holding(element) }),
    );
  }, []);

  if (!presence.shown)
    return (
      <div
        ref={ref}
        className="block-group block-placeholder"
        aria-hidden="true"
        style={{ height: presence.height ?? estimatedGroupHeight(blocks) }}
      >
        {groupPlaceholderText(blocks)}
      </div>
    );
  return (
    <div
      ref={ref}
      className="block-group"
      role="none"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) dispatch({ type: 'released' });
      }}
    >
      {ids.map((id, index) => (
        <SortableBlock
          key={id}
          blockId={id}
          sectionId={sectionId}
          position={start + index + 1}
          setSize={setSize}
        />
      ))}
    </div>
  );
});
