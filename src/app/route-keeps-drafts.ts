import { matchRoutes, type RouteObject } from 'react-router';

/**
 * Whether the screen at `pathname` is one of the drafts layout's (route id "drafts"), which open
 * storage: every screen but a share link's page and a live reviewer's page. main.tsx opens
 * storage at once for those, while their code loads, rather than once it has loaded and rendered.
 */
export function routeKeepsDrafts(routes: RouteObject[], pathname: string): boolean {
  return matchRoutes(routes, pathname)?.some((match) => match.route.id === 'drafts') ?? false;
}
