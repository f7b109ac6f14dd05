/** A route match as the router gives it: the route, and the address's parameters. */
export interface OpenedMatch {
  route: { id?: string; path?: string };
  params: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether the screen the router matched (its `state.matches` at creation) is one of the drafts
 * layout's (route id "drafts"), which open storage: every screen but a share link's page and a
 * live reviewer's page. main.tsx opens storage at once for those, while their code loads, rather
 * than once it has loaded and rendered. The router's own first match is read, not a second one.
 */
export function routeKeepsDrafts(matches: readonly OpenedMatch[]): boolean {
  return matches.some((match) => match.route.id === 'drafts');
}
