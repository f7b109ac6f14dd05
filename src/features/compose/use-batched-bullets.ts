import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Editor } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { BulletInput } from '../../core/model/ops/card-ops';
import type { Bullet } from '../../core/model/types';
import { docToBullets } from '../../editor/doc-to-bullets';
import { blockById } from '../../state/block-index';
import type { EditorStore } from '../../state/create-editor-store';
import { batchedCommit, type BatchedCommit } from '../../state/batched-commit';
import { useEditorState } from './editor-store-context';
import { betweenKeystrokes } from './when-idle';

/** Typing pauses this long before the bullets go into the store... */
export const BULLETS_QUIET_MS = 150;
/** ...and while typing goes on, they go in at least this often. */
export const BULLETS_MAX_WAIT_MS = 400;
/**
 * In an issue shared live in a workspace the bullets also go straight into the shared document in
 * short bursts, so a key typed here shows in the others' browsers within about 100 ms.
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
 * idle moment), and at once when the editor closes or the page is hidden. The save status says
 * "Saving..." from the first keystroke. In a live workspace issue the bullets reach the shared
 * document first, in short bursts (the store's shareBullets), and the store as it does anyway; it
 * commits the very bullets that were shared, so that commit writes nothing more to the document.
 */
export function useBatchedBullets(
  store: EditorStore,
  cardId: string,
  committed: RefObject<Bullet[]>,
): BatchedBullets {
  const latest = useRef<Editor | null>(null);
  const read = useBulletsReader();
  const batch = useMemo(
    () =>
      batchedCommit(
        () => {
          const editor = latest.current;
          if (!editor || editor.isDestroyed) return store.getState().markCommitted();
          store.getState().setCardBullets(cardId, read(editor));
          const state = store.getState();
          const block = blockById(state.issue, cardId)?.block;
          if (block?.kind === 'card') committed.current = block.bullets;
          state.markCommitted();
        },
        { quietMs: BULLETS_QUIET_MS, maxWaitMs: BULLETS_MAX_WAIT_MS, defer: betweenKeystrokes },
      ),
    [store, cardId, committed, read],
  );
  const sharing = useSharing(cardId, latest, read);

  // What waits to be shared goes first: a store commit that finds nothing new (a word typed and
  // taken back) writes nothing, and the document must not keep the word.
  const flush = useCallback(() => {
    sharing?.flush();
    batch.flush();
  }, [batch, sharing]);
  // On page hide, and before any action reads the issue, the store asks the editor for its text
  // (holdEdits in the editor); leaving it puts in what is left.
  useEffect(() => flush, [flush]);

  return {
    changed: (editor) => {
      latest.current = editor;
      store.getState().markHeld();
      sharing?.schedule();
      batch.schedule();
    },
    flush,
  };
}

/** In a live issue: the bursts that write the editor's bullets into the shared document. */
function useSharing(
  cardId: string,
  latest: RefObject<Editor | null>,
  read: (editor: Editor) => BulletInput[],
): BatchedCommit | undefined {
  const share = useEditorState((state) => state.shareBullets);
  return useMemo(
    () =>
      share &&
      batchedCommit(
        () => {
          const editor = latest.current;
          if (editor && !editor.isDestroyed) share(cardId, read(editor));
        },
        { quietMs: LIVE_BULLETS_QUIET_MS, maxWaitMs: LIVE_BULLETS_MAX_WAIT_MS },
      ),
    [share, cardId, latest, read],
  );
}

/**
 * The editor's bullets, read once per document: sharing them and then committing them to the
 * store, with no keystroke between, gives the store the very bullets the document has.
 */
function useBulletsReader(): (editor: Editor) => BulletInput[] {
  return useMemo(() => {
    let last: [PmNode, BulletInput[]] | undefined;
    return (editor: Editor) => {
      const doc = editor.state.doc;
      if (last?.[0] !== doc) last = [doc, docToBullets(editor.getJSON())];
      return last[1];
    };
  }, []);
}
