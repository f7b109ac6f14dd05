import { describe, expect, it } from 'vitest';
import { headScript } from '../../config/preload-route-chunks';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css = []) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
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
  'storage.js': chunk('storage.js', '/src/storage.ts', ['index.js']),
  'shared.js': chunk('shared.js', null, []),
  'share-dictionary-v2-abc.txt': { type: 'asset', fileName: 'share-dictionary-v2-abc.txt' },
};

const routes = [
  { path: 'preview/?', modules: ['/src/review.tsx'], shareLink: true },
  { path: 'issues/[^/]+/?', modules: ['/src/compose.tsx', '/src/storage.ts'] },
];

/** Runs the head script at `url` and returns the links it added, as "rel href". */
function linksAt(url: string, base = '/'): string[] {
  const added: string[] = [];
  const document = {
    createElement: () => ({}) as { rel: string; href: string },
    head: {
      append: (link: { rel: string; href: string }) => added.push(`${link.rel} ${link.href}`),
    },
  };
  const { pathname, hash } = new URL(url, 'https://news.example');
  new Function('location', 'document', headScript(routes, bundle, base))(
    { pathname, hash },
    document,
  );
  return added;
}

describe('the head script preloading a route', () => {
  it("preloads an issue's editor chunks, their imports and styles, never the entry", () => {
    expect(linksAt('/issues/abc')).toEqual([
      'modulepreload /compose.js',
      'modulepreload /shared.js',
      'modulepreload /storage.js',
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
});
