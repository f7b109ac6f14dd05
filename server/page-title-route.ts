import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import { fetchPageTitle, type TitleFetchLimits } from './fetch-page-title';
import { sameToken } from './same-token';

/**
 * `GET /title?url=...` with `Authorization: Bearer <editor token>`: the title of a pasted link's
 * page, as JSON `{ title }`, or `{ message }` saying why there is none. Any origin may ask (the
 * app may be served from anywhere); without the editor token the answer is 401 and nothing is
 * fetched.
 */
export function pageTitleRoute(editorToken: string, limits: TitleFetchLimits): Extension {
  return {
    async onRequest({ request, response }: onRequestPayload) {
      const url = new URL(request.url ?? '/', 'http://server');
      if (url.pathname !== '/title') return;
      await answer(request, response, url, editorToken, limits);
      // A rejection without an error tells Hocuspocus the request was answered.
      throw null;
    },
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  editorToken: string,
  limits: TitleFetchLimits,
): Promise<void> {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('access-control-allow-headers', 'authorization');
  response.setHeader('access-control-allow-methods', 'GET');
  if (request.method === 'OPTIONS') return send(response, 204);
  if (request.method !== 'GET') return send(response, 405, { message: 'Use GET.' });
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  if (!sameToken(token, editorToken)) return send(response, 401, { message: 'Not allowed.' });
  const page = url.searchParams.get('url');
  if (!page) return send(response, 400, { message: 'Give the page as ?url=.' });
  const result = await fetchPageTitle(page, limits);
  if (result.ok) send(response, 200, { title: result.title });
  else send(response, 422, { message: result.message });
}

function send(response: ServerResponse, status: number, body?: object): void {
  response.writeHead(status, body ? { 'content-type': 'application/json' } : {});
  response.end(body ? JSON.stringify(body) : undefined);
}
