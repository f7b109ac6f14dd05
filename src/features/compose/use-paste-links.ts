import { useCallback, useEffect, useState } from 'react';
import type { EditorStore } from '../../state/create-editor-store';
import { addLinkCards } from './add-link-cards';
import { isTextEntry } from './is-text-entry';
import { readPastedLinks, type RefusedLine } from './read-pasted-links';

export interface PasteLinks {
  /** Pasted lines that gave no card, as pasted; undefined when there are none to show. */
  refused: RefusedLine[] | undefined;
  /** Changes with each paste, so a message about an earlier paste starts afresh. */
  pasteCount: number;
  /** Reads text as links (the same way as a paste), adds the cards, keeps what it refused. */
  addFromText: (text: string) => void;
  dismiss: () => void;
}

/**
 * Paste a link anywhere outside a text field: each URL on the pasted lines becomes a card in the
 * section the template suggests (see addLinkCards). Text that holds no link is left alone; lines
 * that are not links are kept for the editor to see and fix.
 */
export function usePasteLinks(store: EditorStore): PasteLinks {
  const [refused, setRefused] = useState<RefusedLine[] | undefined>();
  const [pasteCount, setPasteCount] = useState(0);

  const addFromText = useCallback(
    (text: string): boolean => {
      const read = readPastedLinks(text);
      if (!read) return false;
      addLinkCards(store, read.links);
      setRefused(read.refused.length > 0 ? read.refused : undefined);
      setPasteCount((n) => n + 1);
      return true;
    },
    [store],
  );

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() !== '' && addFromText(text)) event.preventDefault();
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [addFromText]);

  return {
    refused,
    pasteCount,
    addFromText: (text) => void addFromText(text),
    dismiss: () => setRefused(undefined),
  };
}
