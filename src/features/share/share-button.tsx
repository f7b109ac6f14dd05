import { useId, useState } from 'react';
import type { Issue } from '../../core/model/types';
import { CURRENT_ISSUE_FORMAT, findLinkFormat } from '../../core/share/link-formats';
import type { ShareDictionaries } from '../../core/share/share-dictionaries';
import type { LoadDictionary } from '../../core/share/unpack-link';
import { copyToClipboard } from '../../components/copy-to-clipboard';
import { downloadTextFile } from '../../components/download-text-file';
import { loadShareDictionary } from '../review/load-share-dictionary';
import {
  MAX_SAFE_LINK_CHARS,
  reviewFileName,
  shareLinkUrl,
  type ShareLinkInfo,
} from './share-link-url';
import './share-button.css';

// "Share for review": the issue goes into a link (in the fragment, never sent to a server) that
// opens the reviewer's page. The link is copied and its length shown; past 8,000 characters, which
// some mail clients cut, the button says so and offers a review file instead. The codec loads on
// the first click, so the editor's own chunk does not carry it; the dictionary comes beside it as
// the same file the reviewer's page fetches (precached by the service worker, so offline too).

type Shared = ShareLinkInfo & { markdown: string; slug: string; copied: boolean };
type State =
  | { status: 'idle' | 'working' }
  | { status: 'shared'; shared: Shared }
  | { status: 'failed'; message: string };

export interface ShareForReviewButtonProps {
  /** Gives the issue with everything typed so far in it, when the button is pressed. */
  readIssue: () => Promise<Issue>;
  /** Loads the share dictionary; tests pass one that needs no network. */
  loadDictionary?: LoadDictionary;
  /** Asked before sharing (the editor's lint check); calls `share` to go ahead. */
  confirm?: (share: () => void) => void;
}

export function ShareForReviewButton({
  readIssue,
  loadDictionary = loadShareDictionary,
  confirm = (go) => go(),
}: ShareForReviewButtonProps) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const statusId = useId();

  async function share(): Promise<void> {
    setState({ status: 'working' });
    try {
      const [issue, { exportIssue }, { encodeShareLink }, dictionaries] = await Promise.all([
        readIssue(),
        import('../../core/markdown/export-issue'),
        import('../../core/share/share-link'),
        dictionariesOfCurrentFormat(loadDictionary),
      ]);
      const markdown = exportIssue(issue);
      const info = shareLinkUrl(location.origin, encodeShareLink(markdown, dictionaries));
      const copied = info.tooLong ? false : (await copyToClipboard(info.url)) === undefined;
      setState({ status: 'shared', shared: { ...info, markdown, slug: slugOf(issue), copied } });
    } catch (error) {
      const reason = error instanceof Error && error.message ? `: ${error.message}` : '';
      setState({ status: 'failed', message: `The share link could not be made${reason}.` });
    }
  }

  return (
    <div className="share-for-review">
      <button
        type="button"
        className="button"
        disabled={state.status === 'working'}
        aria-describedby={
          state.status === 'shared' || state.status === 'failed' ? statusId : undefined
        }
        onClick={() => confirm(() => void share())}
      >
        Share for review
      </button>
      {state.status === 'shared' && (
        <SharedLink
          key={state.shared.url}
          id={statusId}
          shared={state.shared}
          onClose={() => setState({ status: 'idle' })}
        />
      )}
      {state.status === 'failed' && (
        <p id={statusId} className="share-status share-status-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

interface SharedLinkProps {
  id: string;
  shared: Shared;
  onClose: () => void;
}

function SharedLink({ id, shared, onClose }: SharedLinkProps) {
  const [copied, setCopied] = useState(shared.copied);
  const length = shared.length.toLocaleString('en-US');
  return (
    <div className="share-status" id={id}>
      {shared.tooLong ? (
        <p role="alert" className="share-warning">
          This link is {length} characters long. Some mail clients cut links longer than{' '}
          {MAX_SAFE_LINK_CHARS.toLocaleString('en-US')} characters: send a review file instead,
          which the reviewer opens on the preview page.
        </p>
      ) : (
        <p role="status">
          {copied ? `Link copied · ${length} characters` : `Copy this link · ${length} characters`}
        </p>
      )}
      <input
        aria-label="Share link"
        readOnly
        value={shared.url}
        onFocus={(event) => event.target.select()}
      />
      <div className="actions">
        {shared.tooLong && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => downloadTextFile(reviewFileName(shared.slug), shared.markdown)}
          >
            Download review file
          </button>
        )}
        {(shared.tooLong || !copied) && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyToClipboard(shared.url).then((failure) => setCopied(failure === undefined))
            }
          >
            {shared.tooLong ? 'Copy the link anyway' : 'Copy link'}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

/** The dictionary new issue links are written with, if their format has one. */
async function dictionariesOfCurrentFormat(load: LoadDictionary): Promise<ShareDictionaries> {
  const name = findLinkFormat(CURRENT_ISSUE_FORMAT)?.dictionary;
  return name ? { [name]: await load(name) } : {};
}

function slugOf(issue: Issue): string {
  const entry = issue.frontMatter.entries.find((e) => e.key === 'slug');
  return typeof entry?.value === 'string' ? entry.value : '';
}
