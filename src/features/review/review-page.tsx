import {
  lazy,
  Suspense,
  useCallback,
  useMemo,
  useState,
  type DragEvent,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router';
import type { LoadDictionary } from '../../core/share/unpack-link';
import type { CardMarks } from './card-marks';
import { loadShareDictionary } from './load-share-dictionary';
import { OpenInEditor } from './open-in-editor';
import type { ReviewFileResult } from './read-review-file';
import type { ReviewIssue } from './review-issue';
import { ReviewFilePicker } from './review-file-picker';
import { reviewIssueHtml } from './review-issue-html';
import type { ReviewSource } from './review-source';
import { useReviewSource } from './use-review-source';
import './review.css';

// `/preview#<link>`: the reviewer's page. It reads the issue from the link's fragment (never sent
// to a server) or from a review file and shows it as subscribers will see it; in review mode the
// reviewer marks cards and sends notes back. A broken or hostile link gets a message, never a
// blank page. It loads no editor, TipTap or Dexie code (review-chunk-imports.test.ts); the
// copy into the reviewer's drafts loads when asked for, review mode when it is turned on.

const NotesMode = lazy(async () => ({ default: (await import('./notes-mode')).NotesMode }));

/** Reads a picked or dropped review file; the reader loads with the first file. */
async function readFile(file: File): Promise<ReviewFileResult> {
  try {
    return await (await import('./read-review-file')).readReviewFile(file);
  } catch {
    return { message: FILE_READER_MISSING };
  }
}

const FILE_READER_MISSING =
  'This page could not load what it needs to open a file. Check your connection and reload the page.';

export interface ReviewPageProps {
  /** Loads the share dictionary; tests pass one that needs no network. */
  loadDictionary?: LoadDictionary;
}

export function ReviewPage({ loadDictionary = loadShareDictionary }: ReviewPageProps) {
  const { hash } = useLocation();
  const [source, showFile] = useReviewSource(hash, loadDictionary);
  const [dragging, setDragging] = useState(false);
  const openFile = useCallback((file: File) => void readFile(file).then(showFile), [showFile]);
  const picker = <ReviewFilePicker onFile={openFile} />;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) openFile(file);
  };

  return (
    <main
      className={dragging ? 'page review-page review-dragging' : 'page review-page'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {source.status === 'ready' ? (
        <ReviewedIssue key={source.markdown} issue={source.issue} markdown={source.markdown}>
          {picker}
        </ReviewedIssue>
      ) : (
        <ReviewStart source={source}>{picker}</ReviewStart>
      )}
    </main>
  );
}

interface ReviewedIssueProps {
  issue: ReviewIssue;
  markdown: string;
  children: ReactNode;
}

function ReviewedIssue({ issue, markdown, children }: ReviewedIssueProps) {
  const [reviewing, setReviewing] = useState(false);
  const [marks, setMarks] = useState<CardMarks>({});
  // Shown as one HTML string until review mode gives each card its controls.
  const html = useMemo(() => ({ __html: reviewIssueHtml(issue) }), [issue]);
  const plain = <article className="newsletter review-newsletter" dangerouslySetInnerHTML={html} />;
  return (
    <>
      <title>{`${issue.title || 'Untitled issue'} · Review · Broadsheet`}</title>
      <div className="review-toolbar" role="toolbar" aria-label="Review">
        <p className="review-toolbar-label">Shared for review · read-only</p>
        <div className="actions">
          {issue.cards.length > 0 && (
            <button
              type="button"
              className="button"
              aria-pressed={reviewing}
              onClick={() => setReviewing(!reviewing)}
            >
              Mark cards and leave notes
            </button>
          )}
          <OpenInEditor markdown={markdown} title={issue.title} />
          {children}
        </div>
      </div>
      {reviewing ? (
        <Suspense fallback={plain}>
          <NotesMode issue={issue} marks={marks} onMarks={setMarks} />
        </Suspense>
      ) : (
        plain
      )}
    </>
  );
}

type NotShown = Exclude<ReviewSource, { status: 'ready' }>;

function ReviewStart({ source, children }: { source: NotShown; children: ReactNode }) {
  if (source.status === 'loading') {
    return (
      <p role="status" className="review-loading">
        Opening the shared issue…
      </p>
    );
  }
  const failed = source.status === 'error';
  return (
    <section className="review-start" aria-labelledby="review-start-title">
      <title>{failed ? 'Link not opened · Broadsheet' : 'Review · Broadsheet'}</title>
      <h1 id="review-start-title">
        {failed ? 'This issue could not be opened' : 'Review an issue'}
      </h1>
      {failed ? (
        <p className="notice notice-error" role="alert">
          {source.message}
        </p>
      ) : (
        <p>
          This page shows an issue shared for review. Open the link you were sent, or open the
          review file that came with it.
        </p>
      )}
      <p className="actions">{children}</p>
      <p className="hint">You can also drop a review file anywhere on this page.</p>
    </section>
  );
}
