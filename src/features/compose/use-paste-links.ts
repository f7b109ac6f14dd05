import { useCallback, useEffect, useState } from 'react';
import { blockById } from '../../state/block-index';
import type { EditorStore } from '../../state/create-editor-store';
import { addLinkCards } from './add-link-cards';
import { isTextEntry } from './is-text-entry';
import { readPastedHtmlLinks } from './read-pasted-html-links';
import { readPastedLinks, type PastedLinks, type RefusedLine } from './read-pasted-links';

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
 * section the template suggests (see addLinkCards). A link copied from a web page (`text/html` on
 * the clipboard) is titled with its link text. Text that holds no link is left alone; lines that
 * are not links are kept for the editor to see and fix. The cards made from bare links, titled
 * from the URL, are handed to `titleFromPages` (see usePageTitles).
 */
export function usePasteLinks(
  store: EditorStore,
  titleFromPages: (cardIds: readonly string[]) => void = () => {},
): PasteLinks {
  const [refused, setRefused] = useState<RefusedLine[] | undefined>();
  const [pasteCount, setPasteCount] = useState(0);

  const addRead = useCallback(
    (read: PastedLinks | undefined): boolean => {
      if (!read) return false;
      const ids = addLinkCards(store, read.links);
      titleFromPages(bareLinkCards(store, ids, read.links));
      setRefused(read.refused.length > 0 ? read.refused : undefined);
      setPasteCount((n) => n + 1);
      return true;
    },
    [store, titleFromPages],
  );

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const html = event.clipboardData?.getData('text/html') ?? '';
      if (text.trim() === '' && html.trim() === '') return;
      const read = html.trim() !== '' ? readPastedHtmlLinks(html, text) : readPastedLinks(text);
      if (addRead(read)) event.preventDefault();
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [addRead]);

  return {
    refused,
    pasteCount,
    addFromText: (text) => void addRead(readPastedLinks(text)),
    dismiss: () => setRefused(undefined),
  };
}

/** Those of the new cards whose link came without a title of its own. */
function bareLinkCards(
  store: EditorStore,
  ids: readonly string[],
  links: PastedLinks['links'],
): string[] {
  const bare = new Set(links.filter((link) => !link.title).map((link) => link.url));
  const { issue } = store.getState();
  return ids.filter((id) => {
    const block = blockById(issue, id)?.block;
    return block?.kind === 'card' && bare.has(block.url);
  });
}
