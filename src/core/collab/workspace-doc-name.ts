import { InputError } from '../errors';

const WORKSPACE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * The name of an issue's document on the workspace server: `<workspace>/<slug>`. Both parts are
 * plain names (lower-case letters, digits and dashes for a workspace; letters, digits, dots,
 * dashes and underscores for a slug), so a name never reads as a path or a query.
 */
export function workspaceDocName(workspace: string, slug: string): string {
  if (!WORKSPACE.test(workspace)) {
    throw new InputError(
      `"${workspace}" is not a workspace name: lower-case letters, digits and dashes, at most 64`,
    );
  }
  if (!SLUG.test(slug)) {
    throw new InputError(
      `"${slug}" is not an issue slug: letters, digits, dots, dashes and underscores, at most 128`,
    );
  }
  return `${workspace}/${slug}`;
}
