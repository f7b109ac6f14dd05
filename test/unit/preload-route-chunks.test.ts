import { describe, expect, it } from 'vitest';
import { headScript } from '../../config/preload-route-chunks';

const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[],
  css = [],
  moduleIds: string[] = facadeModuleId ? [facadeModuleId] : [],
) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  moduleIds,
  isEntry: facadeModuleId === '/src/main.tsx',
  imports,
  viteMetadata: { importedCss: new Set<string>(css) },
});

const bundle = {
  'index.js': chunk('index.js', '/src/main.tsx', []),
  'review.js': chunk('review.js', '/src/review.tsx', ['shared.js', 'index.js']),
  'compose.js': chunk('compose.js', '/src/compose.tsx', ['shared.js', 'index.js'], [
    'compose.css',
  ] as never),
  // A group chunk holding a route module among others: found by the modules it holds.
  'start.js': chunk('start.js', null, ['index.js'], [], ['/src/layout.ts', '/src/storage.ts']),
  'shared.js': chunk('shared.js', null, []),
  'share-dictionary-v2-abc.txt': { type: 'asset', fileName: 'share-dictionary-v2-abc.txt' },
};

const routes = [
  { path: 'preview/?', modules: ['/src/review.tsx'], shareLink: true },
  { path: 'issues/[^/]+/?', modules: ['/src/compose.tsx', '/src/storage.ts'], database: 'app-db' },
];

/** What the head script did with the database: the names it opened, and what became of them. */
interface DatabaseLog {
  opened: string[];
  closed: number;
  aborted: number;
}

/** An `indexedDB` whose opening of an existing database succeeds, of a missing one upgrades. */
function fakeIndexedDb(log: DatabaseLog, exists: boolean) {
  return {
    open(name: string) {
      log.opened.push(name);
      const request = {
        result: { close: () => log.closed++ },
        transaction: { abort: () => log.aborted++ },
        onupgradeneeded: null as null | (() => void),
        onsuccess: null as null | (() => void),
        onerror: null as null | (() => void),
      };
      queueMicrotask(() => (exists ? request.onsuccess?.() : request.onupgradeneeded?.()));
      return request;
    },
  };
}

/** Runs the head script at `url` and returns the links it added, as "rel href". */
function linksAt(url: string, base = '/', indexedDB: unknown = undefined): string[] {
  const added: string[] = [];
  const document = {
    createElement: () => ({}) as { rel: string; href: string },
    head: {
      append: (link: { rel: string; href: string }) => added.push(`${link.rel} ${link.href}`),
    },
  };
  const { pathname, hash } = new URL(url, 'https://news.example');
  new Function('location', 'document', 'indexedDB', headScript(routes, bundle, base))(
    { pathname, hash },
    document,
    indexedDB,
  );
  return added;
}

describe('the head script preloading a route', () => {
  it("preloads an issue's editor chunks, their imports and styles, never the entry", () => {
    expect(linksAt('/issues/abc')).toEqual([
      'modulepreload /compose.js',
      'modulepreload /shared.js',
      'modulepreload /start.js',
      'preload /compose.css',
    ]);
  });

  it("preloads a share link's page and its format's dictionary", () => {
    expect(linksAt('/preview#2.xyz')).toEqual([
      'modulepreload /review.js',
      'modulepreload /shared.js',
      'preload /share-dictionary-v2-abc.txt',
    ]);
  });

  it('preloads nothing for other screens, however close their address', () => {
    expect(linksAt('/')).toEqual([]);
    expect(linksAt('/issues/abc/preview')).toEqual([]);
    expect(linksAt('/issues/abc/history')).toEqual([]);
  });

  it('matches addresses under the base the app is served from', () => {
    expect(linksAt('/news/issues/abc', '/news/')[0]).toBe('modulepreload /news/compose.js');
    expect(linksAt('/issues/abc', '/news/')).toEqual([]);
  });

  it("opens and closes an issue editor's database ahead, and creates none that is missing", async () => {
    const log: DatabaseLog = { opened: [], closed: 0, aborted: 0 };
    linksAt('/issues/abc', '/', fakeIndexedDb(log, true));
    linksAt('/issues/abc', '/', fakeIndexedDb(log, false));
    await Promise.resolve();
    expect(log).toEqual({ opened: ['app-db', 'app-db'], closed: 1, aborted: 1 });
  });

  it('opens no database for a share link, and still preloads where opening one throws', () => {
    const log: DatabaseLog = { opened: [], closed: 0, aborted: 0 };
    linksAt('/preview#2.xyz', '/', fakeIndexedDb(log, true));
    expect(log.opened).toEqual([]);
    const throwing = {
      open() {
        throw new Error('storage is disabled');
      },
    };
    expect(linksAt('/issues/abc', '/', throwing)).toHaveLength(4);
    expect(linksAt('/issues/abc', '/', undefined)).toHaveLength(4);
  });

  it('names a route module the build has no chunk for', () => {
    const missing = [{ path: 'x', modules: ['/src/gone.ts'] }];
    expect(() => headScript(missing, bundle, '/')).toThrow(
      'the build has no chunk for /src/gone.ts',
    );
  });
});
