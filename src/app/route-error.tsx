// The error element of every route: a clear message and a way back, never a blank page or a
// stack trace. A screen whose code failed to download (offline after an update) says so.

import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found-page';

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main className="page page-error">
      <title>Something went wrong · Broadsheet</title>
      <div role="alert">
        <h1>This screen could not be shown</h1>
        <p>{describeRouteError(error)}</p>
      </div>
      <p className="actions">
        <Link className="button" to="/">
          Back to the library
        </Link>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </p>
      <p className="hint">Your drafts are stored in this browser and were not changed.</p>
    </main>
  );
}

/** One human sentence for whatever was thrown. */
export function describeRouteError(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`.trim();
  const message = error instanceof Error ? error.message : '';
  if (
    /dynamically imported module|Importing a module script failed|ChunkLoadError/i.test(message)
  ) {
    return 'Part of the app could not be loaded. Check your connection, then reload the page.';
  }
  return message ? `The app hit an error: ${message}` : 'The app hit an unexpected error.';
}
