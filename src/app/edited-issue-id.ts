import type { OpenedMatch } from './route-keeps-drafts';

/** The id of the issue whose editor the router matched (route `issues/:id`), else undefined. */
export function editedIssueId(matches: readonly OpenedMatch[]): string | undefined {
  return matches.find((match) => match.route.path === 'issues/:id')?.params.id;
}
