/** What the viewport says of an element: near it or not, and the element's height then. */
export type NearListener = (near: boolean, height: number) => void;

const listeners = new Map<Element, NearListener>();
const observers = new Map<Element | null, { observer: IntersectionObserver; count: number }>();

/** One observer per scrolling root (null: the page's viewport) serves all its elements. */
function sharedObserver(root: Element | null): IntersectionObserver {
  let shared = observers.get(root);
  if (shared === undefined) {
    // One screen above and one below what is visible count as near: a group is rendered before
    // it scrolls into view, and a fast scroll shows placeholders only for a moment.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          listeners.get(entry.target)?.(entry.isIntersecting, entry.boundingClientRect.height);
      },
      { root, rootMargin: '100% 0px' },
    );
    shared = { observer, count: 0 };
    observers.set(root, shared);
  }
  shared.count += 1;
  return shared.observer;
}

/**
 * Tells `listener` whenever `element` comes within about a screen of the viewport of `root` (the
 * page's by default) or leaves it, first on the next frame. Returns the way to stop; without
 * IntersectionObserver (jsdom) it never tells, and returns undefined.
 */
export function observeNearViewport(
  element: Element,
  listener: NearListener,
  root: Element | null = null,
): (() => void) | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  const shared = sharedObserver(root);
  listeners.set(element, listener);
  shared.observe(element);
  return () => {
    listeners.delete(element);
    shared.unobserve(element);
    const entry = observers.get(root);
    if (entry && --entry.count === 0) {
      // The root may be gone with its elements: nothing of it is kept.
      entry.observer.disconnect();
      observers.delete(root);
    }
  };
}
