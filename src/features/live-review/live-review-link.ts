/** Where a reviewer link of a workspace issue points, and what it carries. */
export interface LiveReviewTarget {
  /** The workspace server's ws:// or wss:// address. */
  server: string;
  workspace: string;
  slug: string;
  /** The workspace's reviewer token. */
  token: string;
}

/**
 * The reviewer link of a workspace issue: `/review/live/<workspace>/<slug>`, with the server's
 * address and the reviewer token in the fragment, which the browser never sends to a server.
 */
export function liveReviewLink(origin: string, target: LiveReviewTarget): string {
  const fragment = new URLSearchParams({ server: target.server, token: target.token });
  const path = [target.workspace, target.slug].map(encodeURIComponent).join('/');
  return `${origin}/review/live/${path}#${fragment.toString()}`;
}
