// What shows while a lazily loaded screen (or the frame of the drafts screens) arrives.

export function RouteLoading() {
  return (
    <main className="page">
      <p role="status">Loading…</p>
    </main>
  );
}
