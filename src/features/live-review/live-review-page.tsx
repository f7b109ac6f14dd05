// `/review/live/<workspace>/<slug>#server=…&token=…`: a workspace issue opened live for a
// reviewer. The issue shows as subscribers will see it and follows the editors' typing; the
// reviewer cannot change it (the server takes nothing from a reviewer token on the issue) and
// leaves "fine" marks and notes that reach the editors live. The server's address and the token
// travel in the fragment, never sent to a server by the browser. A refused token shows nothing
// of the issue, only why. Like the shared-link page, this page loads no editor or storage code.

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLocation, useParams } from 'react-router';
import { LiveReviewView } from './live-review-view';
import { readLiveReviewAddress, type LiveReviewAddress } from './read-live-review-address';
import { startLiveReviewSession, type LiveReviewSession } from './live-review-session';
import '../review/review.css';

export function LiveReviewPage() {
  const { workspace = '', slug = '' } = useParams();
  const { hash } = useLocation();
  const address = useMemo(
    () => readLiveReviewAddress(workspace, slug, hash),
    [workspace, slug, hash],
  );
  return (
    <main className="page review-page">
      {address.ok ? (
        <LiveReview address={address} slug={slug} />
      ) : (
        <NotOpened message={address.message} />
      )}
    </main>
  );
}

function LiveReview({
  address,
  slug,
}: {
  address: Extract<LiveReviewAddress, { ok: true }>;
  slug: string;
}) {
  const session = useSession(address);
  if (!session) return <Opening />;
  return <LiveSessionView session={session} slug={slug} />;
}

function LiveSessionView({ session, slug }: { session: LiveReviewSession; slug: string }) {
  const snapshot = useSyncExternalStore(session.subscribe, session.snapshot);
  const { issue } = snapshot;
  switch (issue.status) {
    case 'connecting':
      return <Opening />;
    case 'refused':
      return (
        <NotOpened message="The workspace server refused this link’s reviewer token: nothing of the issue was sent. Ask the editor for a new reviewer link." />
      );
    case 'missing':
      return (
        <NotOpened
          message={`The workspace has no issue “${slug}”. Ask the editor for a new reviewer link.`}
        />
      );
    case 'unreadable':
      return (
        <NotOpened message="The workspace holds this issue in a shape this page cannot show. Ask the editor to check it." />
      );
    case 'ready':
      return <LiveReviewView issue={issue.issue} snapshot={snapshot} session={session} />;
  }
}

function useSession(address: Extract<LiveReviewAddress, { ok: true }>) {
  const [session, setSession] = useState<LiveReviewSession>();
  const { server, token, issueName, notesName } = address;
  useEffect(() => {
    const started = startLiveReviewSession({ server, token, issueName, notesName });
    setSession(started);
    return () => {
      setSession(undefined);
      started.destroy();
    };
  }, [server, token, issueName, notesName]);
  return session;
}

function Opening() {
  return (
    <p role="status" className="review-loading">
      Opening the issue live from the workspace…
    </p>
  );
}

function NotOpened({ message }: { message: string }) {
  return (
    <section className="review-start" aria-labelledby="live-review-problem">
      <title>Issue not opened · Broadsheet</title>
      <h1 id="live-review-problem">This issue could not be opened</h1>
      <p className="notice notice-error" role="alert">
        {message}
      </p>
    </section>
  );
}
