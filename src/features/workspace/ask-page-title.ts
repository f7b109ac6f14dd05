import { checkedPageTitle } from '../../core/links/checked-page-title';
import type { WorkspaceSettings } from './workspace-settings';

export type PageTitleAnswer = { ok: true; title: string } | { ok: false; message: string };

export interface AskPageTitleOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const TIMEOUT_MS = 6000;

/**
 * Asks the workspace server (its ws:// address as http://, wss:// as https://) for the title of
 * the page at `url`, with the editor token. Never throws: a refused token, no answer within 6 s,
 * or the server's own message comes back as a message for the editor. The answer is checked at
 * one door (checkedPageTitle) before it is used.
 */
export async function askPageTitle(
  settings: Pick<WorkspaceSettings, 'server' | 'token'>,
  url: string,
  options: AskPageTitleOptions = {},
): Promise<PageTitleAnswer> {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const address = `${settings.server.replace(/^ws/i, 'http')}/title?url=${encodeURIComponent(url)}`;
  let response: Response;
  let body: unknown;
  try {
    response = await (options.fetch ?? fetch)(address, {
      headers: { authorization: `Bearer ${settings.token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 401 || response.status === 403) {
      return failure('the workspace server refused this browser’s token');
    }
    body = await response.json();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return failure(`the workspace server did not answer within ${timeoutMs / 1000} s`);
    }
    return failure('the workspace server could not be reached');
  }
  const field = (key: string) =>
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  const title = response.ok ? checkedPageTitle(field('title')) : undefined;
  if (title !== undefined) return { ok: true, title };
  const message = checkedPageTitle(field('message'));
  return message ? { ok: false, message } : failure('the workspace server gave none');
}

function failure(reason: string): PageTitleAnswer {
  return { ok: false, message: `No title: ${reason}.` };
}
