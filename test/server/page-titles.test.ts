import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorToken,
  reviewToken,
  WorkspaceServerProcess,
} from '../support/workspace-server-process';
import { freePort } from '../support/free-port';

// Pages served on loopback; the server under test may fetch from loopback only because it was
// started with BROADSHEET_FETCH_PRIVATE=1. A second server without it shows the refusal.
let pages: Server;
let pagesUrl: string;
let server: WorkspaceServerProcess;
let strictServer: WorkspaceServerProcess;

const routes: Record<string, (send: (status: number, type: string, body: string) => void) => void> =
  {
    '/og': (send) =>
      send(
        200,
        'text/html',
        '<title>Plain</title><meta property="og:title" content="OG &amp; co">',
      ),
    '/plain': (send) => send(200, 'text/html; charset=utf-8', '<title>Just a title</title>'),
    '/none': (send) => send(200, 'text/html', '<p>No title here</p>'),
    '/big': (send) => send(200, 'text/html', `${'<p>x</p>'.repeat(200_000)}<title>Late</title>`),
    '/json': (send) => send(200, 'application/json', '{"title":"no"}'),
    '/missing': (send) => send(404, 'text/html', '<title>Not found</title>'),
    '/slow': () => undefined,
  };

beforeAll(async () => {
  const port = await freePort();
  pagesUrl = `http://127.0.0.1:${port}`;
  pages = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/redirect') return response.writeHead(302, { location: '/og' }).end();
    if (path === '/loop') return response.writeHead(302, { location: '/loop' }).end();
    routes[path]?.((status, type, body) =>
      response.writeHead(status, { 'content-type': type }).end(body),
    );
  });
  await new Promise<void>((resolve) => pages.listen(port, '127.0.0.1', resolve));
  server = await WorkspaceServerProcess.start({ fetchPrivate: true });
  strictServer = await WorkspaceServerProcess.start();
});

afterAll(async () => {
  pages?.closeAllConnections();
  await new Promise((resolve) => pages?.close(resolve));
  await server?.stop();
  await strictServer?.stop();
});

async function askTitle(page: string, token = editorToken, on = server) {
  const url = `http://127.0.0.1:${on.port}/title?url=${encodeURIComponent(page)}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe('page titles fetched by the server', () => {
  it('takes og:title, else <title>, and follows a redirect', async () => {
    expect(await askTitle(`${pagesUrl}/og`)).toEqual({ status: 200, body: { title: 'OG & co' } });
    expect((await askTitle(`${pagesUrl}/plain`)).body).toEqual({ title: 'Just a title' });
    expect((await askTitle(`${pagesUrl}/redirect`)).body).toEqual({ title: 'OG & co' });
  });

  it.each([
    ['/none', /has no title/],
    ['/big', /no title in its first 1 MiB/],
    ['/json', /not a web page/],
    ['/missing', /answered 404/],
    ['/loop', /redirects too many times/],
  ])('says why %s has no title', async (path, message) => {
    const { status, body } = await askTitle(`${pagesUrl}${path}`);
    expect(status).toBe(422);
    expect(body.message).toMatch(message);
  });

  it('gives up on a page that does not answer within 5 s', async () => {
    const started = Date.now();
    const { body } = await askTitle(`${pagesUrl}/slow`);
    expect(body.message).toMatch(/did not answer within 5 s/);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('fetches only http(s) pages', async () => {
    const { status, body } = await askTitle('javascript:alert(1)');
    expect(status).toBe(422);
    expect(body.message).toMatch(/only http\(s\)/);
  });

  it('never fetches from loopback or a private network outside tests', async () => {
    const privatePages = [
      `${pagesUrl}/og`,
      'http://localhost:9/',
      'http://[::1]:9/',
      'http://0x7f000001:9/',
      'http://169.254.169.254/latest/meta-data/',
    ];
    for (const page of privatePages) {
      const { body } = await askTitle(page, editorToken, strictServer);
      expect(body.message).toMatch(/private network/);
    }
  });

  it('answers 401 without the editor token, and fetches nothing', async () => {
    for (const token of ['', 'wrong-token', reviewToken]) {
      expect((await askTitle(`${pagesUrl}/og`, token)).status).toBe(401);
    }
  });

  it('lets the app ask from another origin', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/title`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization');
  });
});
