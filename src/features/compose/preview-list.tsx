import { memo, useContext, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { Block } from '../../core/model/types';
import { groupPlaceholderText } from './group-placeholder-text';
import { groupPresence, type GroupPresence } from './group-presence';
import { observeNearViewport } from './near-viewport';
import { PreviewBlock } from './preview-block';
import { PreviewRootContext } from './preview-root-context';

/** A card of the preview as laid out at the side column's usual width, before it is measured. */
const CARD_PX = 260;

function initialPresence(): GroupPresence {
  const observes = typeof IntersectionObserver !== 'undefined';
  return { near: !observes, shown: !observes };
}

interface PreviewListProps {
  blocks: readonly Block[];
  className: string;
}

/** The same cards in the same order: the list's array is made anew on every render of its section. */
function sameList(a: PreviewListProps, b: PreviewListProps): boolean {
  return (
    a.className === b.className &&
    a.blocks.length === b.blocks.length &&
    a.blocks.every((block, i) => block === b.blocks[i])
  );
}

/**
 * A list of cards of the preview: its cards while within about a screen of what the preview
 * shows, else one item of the height the list had (estimated before it was first rendered)
 * holding the cards' words as plain text, so find-in-page still finds them, as in the form.
 */
export const PreviewList = memo(function PreviewList({ blocks, className }: PreviewListProps) {
  const root = useContext(PreviewRootContext);
  const ref = useRef<HTMLUListElement>(null);
  const [presence, dispatch] = useReducer(groupPresence, undefined, initialPresence);
  useLayoutEffect(() => {
    const rect = ref.current?.getBoundingClientRect();
    const view = root?.getBoundingClientRect();
    if (
      rect &&
      view &&
      rect.bottom >= view.top - view.height &&
      rect.top <= view.bottom + view.height
    )
      dispatch({ type: 'near' });
  }, [root]);
  useEffect(() => {
    const element = ref.current;
    if (!element || !root) return;
    return observeNearViewport(
      element,
      (near, height) => dispatch(near ? { type: 'near' } : { type: 'far', height, holding: false }),
      root,
    );
  }, [root]);
  if (!presence.shown)
    return (
      <ul
        ref={ref}
        className={`${className} preview-placeholder`}
        aria-hidden="true"
        style={{ height: presence.height ?? blocks.length * CARD_PX }}
      >
        <li>{groupPlaceholderText(blocks)}</li>
      </ul>
    );
  return (
    <ul ref={ref} className={className}>
      {blocks.map((block) => (
        <PreviewBlock key={block.id} block={block} />
      ))}
    </ul>
  );
}, sameList);
