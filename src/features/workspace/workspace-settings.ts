import { workspaceDocName } from '../../core/collab/workspace-doc-name';
import { workspaceServerUrl } from '../../core/url/workspace-server-url';
import type { SettingsStore } from '../../persistence/issue-repository';

/** The team workspace this browser joins: set in the library, kept in the settings table. */
export interface WorkspaceSettings {
  /** The server's ws:// or wss:// address. */
  server: string;
  /** The workspace's name on the server (`<workspace>/<slug>` names its issues). */
  workspace: string;
  token: string;
  /** Shown to the others in the issue (presence). */
  name: string;
  /** The workspace's reviewer token, when this editor hands out reviewer links. */
  reviewToken?: string;
}

export const WORKSPACE_SETTING = 'workspace';

/** The settings as typed, checked: the settings, or what is wrong with them, field by field. */
export function checkWorkspaceSettings(
  input: WorkspaceSettings,
):
  { settings: WorkspaceSettings } | { problems: Partial<Record<keyof WorkspaceSettings, string>> } {
  const problems: Partial<Record<keyof WorkspaceSettings, string>> = {};
  const server = workspaceServerUrl(input.server);
  if (server === undefined) {
    problems.server =
      'Give the server’s address, such as wss://team.example.org or ws://localhost:1234.';
  }
  const workspace = input.workspace.trim();
  try {
    workspaceDocName(workspace, 'x');
  } catch (error) {
    problems.workspace = error instanceof Error ? error.message : String(error);
  }
  const token = input.token.trim();
  if (token.length < 8) problems.token = 'The token has 8 characters or more.';
  const reviewToken = (input.reviewToken ?? '').trim();
  if (reviewToken && reviewToken.length < 8) {
    problems.reviewToken = 'The reviewer token has 8 characters or more.';
  } else if (reviewToken && reviewToken === token) {
    problems.reviewToken = 'The reviewer token is not the editors’ token.';
  }
  const name = input.name.trim().slice(0, 60);
  if (Object.keys(problems).length > 0 || server === undefined) return { problems };
  const settings: WorkspaceSettings = { server, workspace, token, name: name || 'Someone' };
  return { settings: reviewToken ? { ...settings, reviewToken } : settings };
}

/** The stored settings, or undefined when none are stored or they no longer pass the check. */
export async function readWorkspaceSettings(
  store: Pick<SettingsStore, 'getSetting'>,
): Promise<WorkspaceSettings | undefined> {
  const value = await store.getSetting(WORKSPACE_SETTING);
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const text = (key: keyof WorkspaceSettings) =>
    typeof record[key] === 'string' ? (record[key] as string) : '';
  const checked = checkWorkspaceSettings({
    server: text('server'),
    workspace: text('workspace'),
    token: text('token'),
    name: text('name'),
    reviewToken: text('reviewToken'),
  });
  return 'settings' in checked ? checked.settings : undefined;
}
