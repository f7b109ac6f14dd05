import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { IssueRepository, StoredIssue } from '../../persistence/issue-repository';
import { BUILT_IN_TEMPLATES } from '../../core/template/built-in-templates';
import { templateOfIssue } from '../../core/template/template-of-issue';
import type { NewsletterTemplate } from '../../core/template/template';
import { readTemplates } from '../templates/read-templates';
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
 * Reads the issue and the library's templates once, then hands the issue to the editor with the
 * template it belongs to (see templateOfIssue); a missing draft gets a clear message.
 */
export function ComposeLoader({ issueId, repository, autosaveDelayMs }: ComposeLoaderProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // Templates that cannot be read leave the built-in ones: the draft opens all the same.
    const templates = readTemplates(repository).catch(() => ({ all: BUILT_IN_TEMPLATES }));
    Promise.all([repository.get(issueId), templates]).then(
      ([stored, { all }]) =>
        live &&
        setLoad(
          stored
            ? { status: 'ready', stored, template: templateOfIssue(stored.issue, all) }
            : { status: 'missing' },
        ),
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
