import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadDictionary } from '../../core/share/unpack-link';
import { linkReadAhead } from './read-link-ahead';
import { readLinkSource } from './read-link-source';
import { reviewSourceOf, type ReviewSource } from './review-source';

// What the page shows: the issue in the link's fragment, or one opened from a review file. A
// new fragment (the reviewer pastes another link) replaces whatever was shown. The link the
// page opens on was read before it rendered (read-link-ahead.ts): its first render shows it.

/** The shown source, and a function that shows markdown read from a file (or a message). */
export function useReviewSource(hash: string, loadDictionary: LoadDictionary) {
  const [state, setState] = useState<{ hash: string; source: ReviewSource }>(() => ({
    hash,
    source: linkReadAhead(hash, loadDictionary) ?? initial(hash),
  }));
  // The address whose link the first render showed, read ahead: no read of it again.
  const readAhead = useRef(state.source.status === 'loading' ? undefined : hash);
  const current = state.hash === hash ? state.source : initial(hash);

  useEffect(() => {
    if (readAhead.current === hash) return;
    readAhead.current = undefined;
    let live = true;
    setState({ hash, source: initial(hash) });
    if (isEmpty(hash)) return;
    void readLinkSource(hash, loadDictionary).then((source) => {
      if (live) setState({ hash, source });
    });
    return () => {
      live = false;
    };
  }, [hash, loadDictionary]);

  const showFile = useCallback(
    (result: { markdown: string } | { message: string }) => {
      const reading: Promise<ReviewSource> =
        'markdown' in result
          ? reviewSourceOf(result.markdown, 'file')
          : Promise.resolve({ status: 'error', message: result.message });
      void reading.then((source) => setState({ hash, source }));
    },
    [hash],
  );
  return [current, showFile] as const;
}

function isEmpty(hash: string): boolean {
  return hash.replace(/^#/, '').trim() === '';
}

function initial(hash: string): ReviewSource {
  return isEmpty(hash) ? { status: 'empty' } : { status: 'loading' };
}
