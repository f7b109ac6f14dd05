import { isWorkspaceDocName } from '../core/collab/is-workspace-doc-name';
import { ISSUE_STATUSES } from '../core/model/schema/validate-issue';
import type { IssueStatus } from '../core/model/types';
import { WorkspaceRefusedError, WorkspaceUnreachableError } from './open-workspace-doc';
import type { WorkspaceTarget } from './parse-workspace-args';

export interface WorkspaceIssue {
  slug: string;
  status: IssueStatus;
}

/**
 * The workspace's issues and their status, as the server's `/issues` route lists them (with the
 * editor token; the ws(s):// address asked over http(s)). Rejects with WorkspaceRefusedError for
 * a refused token, WorkspaceUnreachableError when the server does not answer; an entry that is
 * not a slug and a status is left out.
 */
export async function listWorkspaceIssues(
  target: WorkspaceTarget,
  timeoutMs = 10_000,
): Promise<WorkspaceIssue[]> {
  const base = target.server.replace(/^ws/i, 'http');
  const address = `${base}/issues?workspace=${encodeURIComponent(target.workspace)}`;
  let response: Response;
  try {
    response = await fetch(address, {
      headers: { authorization: `Bearer ${target.token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new WorkspaceUnreachableError(`cannot reach ${target.server}`);
  }
  if (response.status === 401 || response.status === 403) {
    throw new WorkspaceRefusedError('the server refused the token');
  }
  if (!response.ok) {
    throw new Error(
      `the server did not list the workspace's issues (it answered ${response.status})`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as { issues?: unknown } | undefined;
  const entries = Array.isArray(body?.issues) ? (body.issues as unknown[]) : [];
  return entries.flatMap((entry) => {
    const { slug, status } = (entry ?? {}) as Record<string, unknown>;
    const known = ISSUE_STATUSES.find((s) => s === status);
    if (typeof slug !== 'string' || !known) return [];
    return isWorkspaceDocName(`${target.workspace}/${slug}`) ? [{ slug, status: known }] : [];
  });
}
