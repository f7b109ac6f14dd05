import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <main className="page page-error">
      <title>Page not found · Broadsheet</title>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link className="button" to="/">
          Back to the library
        </Link>
      </p>
    </main>
  );
}
