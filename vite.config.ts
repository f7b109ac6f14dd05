import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { reactRouterProduction } from './config/react-router-production.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    preloadReviewPage(),
    // The offline app shell: a service worker that precaches every built file and answers
    // navigations with index.html, so the app opens and saves with no network after one visit.
    // src/app/register-service-worker.ts registers it. A new version waits until every tab of
    // the old one has closed (no skipWaiting): an open editor never loses the chunks it runs on.
    VitePWA({
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,txt,svg,png,ico,woff2,json}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The dev server keeps react-router's development build and its warnings.
  resolve: command === 'build' ? { alias: [reactRouterProduction(projectRoot)] } : {},
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // No modulepreload polyfill: current browsers preload modules themselves, and one without it
    // (Firefox before 115, Safari before 17) still loads every module, only without the head
    // start. The polyfill would cost every page 240 bytes of gzip.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the entry imports stays in the entry; React's core would otherwise be a
            // chunk of its own that every page fetches besides the entry.
            { name: 'shell', tags: ['$initial'] },
            // What the reviewer's page shares with the editor's screens comes in one chunk
            // rather than in one small chunk per module.
            { name: reviewSharedChunk },
          ],
        },
      },
    },
  },
}));

interface ModuleGraph {
  getModuleInfo(id: string): {
    importedIds: readonly string[];
    dynamicallyImportedIds: readonly string[];
    importers: readonly string[];
  } | null;
}

const reviewPage = fileURLToPath(new URL('src/features/review/review-page.tsx', import.meta.url));
const reviewFolder = fileURLToPath(new URL('src/features/review/', import.meta.url));
const composePage = fileURLToPath(
  new URL('src/features/compose/compose-page.tsx', import.meta.url),
);
let reviewGraph: { needed: Set<string>; own: Set<string>; editor: Set<string> } | undefined;

/**
 * Names the chunk of a module that the reviewer's page imports statically and that the editor's
 * screen imports statically too; null for every other module. What only the page and its lazy
 * parts (review mode, "Open in editor") use stays in the page's chunks, and what the page shares
 * only with code the editor loads later (the markdown reader, the preview's renderer) is left to
 * the bundler, so the editor's first load does not carry it.
 */
function reviewSharedChunk(id: string, graph: ModuleGraph): string | null {
  reviewGraph ??= {
    needed: reach(graph, reviewPage, false),
    own: new Set([...reach(graph, reviewPage, true)].filter((m) => m.startsWith(reviewFolder))),
    editor: reach(graph, composePage, false),
  };
  const { needed, own, editor } = reviewGraph;
  if (!needed.has(id) || !editor.has(id) || id.includes('/node_modules/')) return null;
  const importers = graph.getModuleInfo(id)?.importers ?? [];
  return importers.some((importer) => !own.has(importer)) ? 'review-shared' : null;
}

/** What `start` imports, directly or not; with `lazy`, also what the review folder imports lazily. */
function reach(graph: ModuleGraph, start: string, lazy: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    const own = lazy && id.startsWith(reviewFolder);
    [...(info?.importedIds ?? []), ...(own ? (info?.dynamicallyImportedIds ?? []) : [])].forEach(
      visit,
    );
  };
  visit(start);
  return seen;
}

/**
 * A share link's first visit: the reviewer's page and the share dictionary would be requested
 * only once the entry has run and the router has matched /preview, a round trip after the entry.
 * A few lines in index.html's head ask for them beside the entry instead, on /preview only: the
 * page's chunks and styles as module preloads, the dictionary as a preload the page's fetch
 * takes up (a link without one fetches 13 KB it does not need).
 */
function preloadReviewPage(): Plugin {
  let base = '/';
  return {
    name: 'broadsheet-preload-review-page',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const page = chunks.find((c) => c.facadeModuleId === reviewPage);
        const dictionary = Object.values(bundle).find((a) =>
          /share-dictionary-v\d+-[\w-]+\.txt$/.test(a.fileName),
        );
        if (!page) return [];
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          if (!chunk || scripts.has(fileName) || chunk.isEntry) return;
          scripts.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach(visit);
        };
        visit(page.fileName);
        const links = [
          ...[...scripts].map((file) => [base + file, 'modulepreload']),
          ...[...styles].map((file) => [base + file, 'style']),
          ...(dictionary ? [[base + dictionary.fileName, 'fetch']] : []),
        ];
        const script = `if(/\\/preview\\/?$/.test(location.pathname))for(const[h,k]of ${JSON.stringify(links)}){if(k==='fetch'&&!location.hash)continue;const l=document.createElement('link');if(k==='modulepreload')l.rel=k;else{l.rel='preload';l.as=k;if(k==='fetch')l.crossOrigin='anonymous'}l.href=h;document.head.append(l)}`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}
