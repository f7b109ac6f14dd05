import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { blockById } from '../../state/block-index';
import type { EditorStore } from '../../state/create-editor-store';

export interface HashTarget {
  cardId: string;
  field: 'title' | 'url';
}

/**
 * The card a location hash names: `#card-<id>-url` (from the inbox) asks for its URL field,
 * `#card-<id>` (from search results) for the card itself. `exists` tells a card id that itself
 * ends in "-url" from the suffix.
 */
export function cardOfHash(hash: string, exists: (id: string) => boolean): HashTarget | undefined {
  let text: string;
  try {
    text = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  if (!text.startsWith('card-')) return undefined;
  const id = text.slice('card-'.length);
  const bare = id.endsWith('-url') ? id.slice(0, -'-url'.length) : undefined;
  if (bare && exists(bare)) return { cardId: bare, field: 'url' };
  return exists(id) ? { cardId: id, field: 'title' } : undefined;
}

/**
 * Opens the editor at the card the address names: its URL field focused for `#card-<id>-url`,
 * the card scrolled to the middle of the screen (its title focused) for `#card-<id>`; at its
 * list of problems for `#problems` (the reader view's "Show problems").
 */
export function useHashTarget(store: EditorStore): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === '#problems') {
      store.getState().requestFocus(undefined, 'problems');
      return;
    }
    const issue = store.getState().issue;
    const target = cardOfHash(hash, (id) => blockById(issue, id)?.block.kind === 'card');
    if (!target) return;
    store.getState().requestFocus(target.cardId, target.field);
    const frame = requestAnimationFrame(() => {
      const element = document.querySelector(
        `[data-block-id="${target.cardId.replace(/["\\]/g, '\\$&')}"]`,
      );
      // Not every environment lays out (tests): scroll where it can.
      element?.scrollIntoView?.({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [hash, store]);
}
