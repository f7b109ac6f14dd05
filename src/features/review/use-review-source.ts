import { useCallback, useEffect, useState } from 'react';
import { unpackLinkAsync, type LoadDictionary } from '../../core/share/unpack-link';
import { inflateReviewPayload } from './inflate-review-payload';
import { readReviewIssue } from './read-review-issue';
import { reviewFrontMatterReaders } from './review-front-matter-readers';
import type { ReviewIssue } from './review-issue';

// What the page shows: the issue in the link's fragment, or one opened from a review file. A
// new fragment (the reviewer pastes another link) replaces whatever was shown.

export type ReviewSource =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; markdown: string; issue: ReviewIssue; from: 'link' | 'file' };

export const UNREADABLE_ISSUE =
  'This issue could not be shown. The link or file may be damaged; ask for a new one.';

/** The shown source, and a function that shows markdown read from a file (or a message). */
export function useReviewSource(hash: string, loadDictionary: LoadDictionary) {
  const [state, setState] = useState<{ hash: string; source: ReviewSource }>(() => ({
    hash,
    source: initial(hash),
  }));
  const current = state.hash === hash ? state.source : initial(hash);

  useEffect(() => {
    let live = true;
    setState({ hash, source: initial(hash) });
    if (isEmpty(hash)) return;
    void unpackLinkAsync(hash, 'issue', inflateReviewPayload, loadDictionary)
      .then((result) => (result.ok ? show(result.text, 'link') : errorOf(result.message)))
      .then((source) => {
        if (live) setState({ hash, source });
      });
    return () => {
      live = false;
    };
  }, [hash, loadDictionary]);

  const showFile = useCallback(
    (result: { markdown: string } | { message: string }) => {
      const reading =
        'markdown' in result ? show(result.markdown, 'file') : errorOf(result.message);
      void Promise.resolve(reading).then((source) => setState({ hash, source }));
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

async function show(markdown: string, from: 'link' | 'file'): Promise<ReviewSource> {
  try {
    const readers = await reviewFrontMatterReaders(markdown);
    return { status: 'ready', markdown, issue: readReviewIssue(markdown, readers), from };
  } catch {
    // An unreadable file, or the YAML reader's code not loaded (offline on a first visit).
    return errorOf(UNREADABLE_ISSUE);
  }
}

function errorOf(message: string): ReviewSource {
  return { status: 'error', message };
}
