import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Editor } from '@tiptap/react';
import type { Bullet } from '../../core/model/types';
import { docToBullets } from '../../editor/doc-to-bullets';
import { blockById } from '../../state/block-index';
import type { EditorStore } from '../../state/create-editor-store';
import { batchedCommit } from '../../state/batched-commit';
import { useEditorState } from './editor-store-context';
import { betweenKeystrokes } from './when-idle';

/** Typing pauses this long before the bullets go into the store... */
export const BULLETS_QUIET_MS = 150;
/** ...and while typing goes on, they go in at least this often. */
export const BULLETS_MAX_WAIT_MS = 400;
/**
 * In an issue shared live in a workspace the bursts are short, so a key typed here shows in the
 * others' browsers within about 100 ms (the store writes each change to the shared document).
 */
export const LIVE_BULLETS_QUIET_MS = 20;
export const LIVE_BULLETS_MAX_WAIT_MS = 50;

export interface BatchedBullets {
  /** The editor changed: the status says "Saving...", and the bullets follow shortly. */
  changed: (editor: Editor) => void;
  /** Puts what the editor holds into the store now (before it goes away). */
  flush: () => void;
}

/**
 * Puts a card's bullets into the store in bursts rather than on every keystroke: the editor holds
 * the live text, and the store (with every view that follows it: the card, the preview, the lint
 * panel, autosave) gets it once typing pauses, at least every half second (400 ms, then the next
 * idle moment), and at once when the editor closes or the page is hidden. The save status says "Saving..." from the first keystroke.
 */
export function useBatchedBullets(
  store: EditorStore,
  cardId: string,
  committed: RefObject<Bullet[]>,
): BatchedBullets {
  const latest = useRef<Editor | null>(null);
  const live = useEditorState((state) => state.liveShared);
  const batch = useMemo(
    () =>
      batchedCommit(
        () => {
          const editor = latest.current;
          if (!editor || editor.isDestroyed) return store.getState().markCommitted();
          store.getState().setCardBullets(cardId, docToBullets(editor.getJSON()));
          const state = store.getState();
          const block = blockById(state.issue, cardId)?.block;
          if (block?.kind === 'card') committed.current = block.bullets;
          state.markCommitted();
        },
        live
          ? { quietMs: LIVE_BULLETS_QUIET_MS, maxWaitMs: LIVE_BULLETS_MAX_WAIT_MS }
          : { quietMs: BULLETS_QUIET_MS, maxWaitMs: BULLETS_MAX_WAIT_MS, defer: betweenKeystrokes },
      ),
    [store, cardId, committed, live],
  );

  // On page hide, and before any action reads the issue, the store asks the editor for its text
  // (holdEdits in the editor); leaving it puts in what is left.
  useEffect(() => () => batch.flush(), [batch]);

  return {
    changed: (editor) => {
      latest.current = editor;
      store.getState().markHeld();
      batch.schedule();
    },
    flush: batch.flush,
  };
}
