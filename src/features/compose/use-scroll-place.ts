import { useEffect, useLayoutEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { blockById } from '../../state/block-index';
import { useEditorStore } from './editor-store-context';
import { scrollPlaces, type ScrollPlace } from './scroll-places';

const SETTLE_MS = 200;

function blockElement(blockId: string): Element | null {
  return document.querySelector(`.section-list [data-block-id="${CSS.escape(blockId)}"]`);
}

/** The first block of the sections at least partly below the toolbar, and where its top is. */
function visiblePlace(): ScrollPlace | undefined {
  if (window.scrollY <= 0) return undefined;
  const top = document.querySelector('.compose-toolbar')?.getBoundingClientRect().bottom ?? 0;
  for (const element of document.querySelectorAll<HTMLElement>('.section-list [data-block-id]')) {
    const rect = element.getBoundingClientRect();
    const blockId = element.dataset.blockId;
    if (rect.bottom > top && blockId) return { blockId, offset: Math.round(rect.top) };
  }
  return undefined;
}

/**
 * Keeps where the open issue is scrolled to (its first visible block and that block's offset)
 * as the reader scrolls and when the page goes away, and on opening scrolls back there before
 * the first paint, unless the address names a card. Returns the block to render for that, until
 * it is scrolled to.
 */
export function useScrollPlace(): string | undefined {
  const store = useEditorStore();
  const { hash } = useLocation();
  const [issueId] = useState(() => store.getState().issue.id);
  const [place] = useState(() => {
    const saved = hash.startsWith('#card-') ? undefined : scrollPlaces.read(issueId);
    return saved && blockById(store.getState().issue, saved.blockId) ? saved : undefined;
  });
  // The block's group is rendered (wanted) until the page is scrolled there, then left to the
  // viewport like any other.
  const [reveal, setReveal] = useState(place?.blockId);
  useLayoutEffect(() => {
    const element = place && blockElement(place.blockId);
    if (place && element) window.scrollBy(0, element.getBoundingClientRect().top - place.offset);
    setReveal(undefined);
  }, [place]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keep = () => scrollPlaces.write(issueId, visiblePlace());
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(keep, SETTLE_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', keep);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', keep);
    };
  }, [issueId]);
  return reveal;
}
