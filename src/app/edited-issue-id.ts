import { matchRoutes, type RouteObject } from 'react-router';

/** The id of the issue whose editor is at `pathname` (route `issues/:id`), else undefined. */
export function editedIssueId(routes: RouteObject[], pathname: string): string | undefined {
  const match = matchRoutes(routes, pathname)?.find((m) => m.route.path === 'issues/:id');
  return match?.params.id;
}
