// The read-only preview, `/issues/:id/preview`: the issue as readers will see it, with the
// markdown download and copy. The body comes from the core renderer, whose output is safe HTML
// by construction (text escaped, links checked, raw HTML made inert).

import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import { getFrontMatterDate } from '../../core/front-matter/get-front-matter-date';
import type { Issue } from '../../core/model/types';
import { formatDate } from '../../core/render/format-date';
import { renderIssue } from '../../core/render/render-issue';
import { PreviewToolbar } from './preview-toolbar';
import { useStoredIssue } from './use-stored-issue';

export function IssuePreviewPage() {
  const { id = '' } = useParams();
  const state = useStoredIssue(id);
  if (state.status === 'ready') return <IssuePreview issue={state.issue} />;
  if (state.status === 'loading') {
    return (
      <main className="page">
        <p role="status">Loading the issue…</p>
      </main>
    );
  }
  return (
    <main className="page page-error">
      <title>Issue not found · Broadsheet</title>
      <h1>{state.status === 'missing' ? 'Issue not found' : 'The issue could not be read'}</h1>
      <p>
        {state.status === 'missing'
          ? 'There is no draft with this address in this browser. It may have been deleted.'
          : state.message}
      </p>
      <p>
        <Link className="button" to="/">
          Back to the library
        </Link>
      </p>
    </main>
  );
}

export function IssuePreview({ issue }: { issue: Issue }) {
  const html = useMemo(() => renderIssue(issue, { header: false }), [issue]);
  const title = getFrontMatterString(issue.frontMatter, 'title') || 'Untitled issue';
  const date = getFrontMatterDate(issue.frontMatter, 'date');
  return (
    <main className="page page-preview">
      <title>{`${title} · Preview · Broadsheet`}</title>
      <PreviewToolbar issue={issue} />
      <div className="newsletter">
        <header className="issue-header">
          <h1>{title}</h1>
          {date && (
            <p className="issue-date">
              <time dateTime={date}>{formatDate(date)}</time>
            </p>
          )}
        </header>
        <div className="newsletter-body" dangerouslySetInnerHTML={{ __html: html }} />
      </div>
    </main>
  );
}
