import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { IssueRepository, StoredIssue } from '../../persistence/issue-repository';
import type { NewsletterTemplate } from '../../core/template/template';
import { readDraft, settledDraft, type DraftRead } from './read-draft';
import { ComposeScreen } from './compose-screen';

type Load =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; stored: StoredIssue; template: NewsletterTemplate }
  | { status: 'error'; message: string };

interface ComposeLoaderProps {
  issueId: string;
  repository: IssueRepository;
  autosaveDelayMs?: number;
}

/**
 * Reads the issue and the library's templates once (or takes the read main.tsx started), then hands the issue to the editor with the
 * template it belongs to (see templateOfIssue); a missing draft gets a clear message.
 */
export function ComposeLoader({ issueId, repository, autosaveDelayMs }: ComposeLoaderProps) {
  // A read main.tsx started that has already finished renders the editor in this first pass.
  const [load, setLoad] = useState<Load>(() => {
    const draft = settledDraft(repository, issueId);
    return draft === undefined ? { status: 'loading' } : loaded(draft);
  });
  const readAlready = useRef(load.status !== 'loading');
  useEffect(() => {
    if (readAlready.current) return;
    let live = true;
    readDraft(repository, issueId).then(
      (draft) => live && setLoad(loaded(draft)),
      (error: unknown) =>
        live &&
        setLoad({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [issueId, repository]);

  switch (load.status) {
    case 'loading':
      return (
        <main className="page">
          <p role="status">Opening the draft…</p>
        </main>
      );
    case 'missing':
      return (
        <main className="page page-error">
          <h1>Draft not found</h1>
          <p>
            There is no draft with this address in this browser. It may have been deleted, or
            created in another browser. <Link to="/">Back to the library</Link>
          </p>
        </main>
      );
    case 'error':
      return (
        <main className="page page-error">
          <h1>The draft could not be opened</h1>
          <p role="alert">{load.message}</p>
          <p>
            <Link to="/">Back to the library</Link>
          </p>
        </main>
      );
    case 'ready':
      return (
        <ComposeScreen
          stored={load.stored}
          template={load.template}
          repository={repository}
          autosaveDelayMs={autosaveDelayMs}
        />
      );
  }
}

function loaded(draft: DraftRead | null): Load {
  return draft ? { status: 'ready', ...draft } : { status: 'missing' };
}
