import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { reactRouterProduction } from './config/react-router-production.ts';
import { preloadRouteChunks } from './config/preload-route-chunks.ts';
import { compileHints } from './config/compile-hints.ts';
import { DATABASE_NAME } from './src/persistence/database-name.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    // A share link's page and an issue's editor: their chunks come beside the entry.
    preloadRouteChunks([
      { path: 'preview/?', modules: [reviewPage], shareLink: true },
      { path: 'issues/[^/]+/?', modules: editorStart, database: DATABASE_NAME },
    ]),
    // What a share link's page runs as it opens is compiled off the main thread (see the file).
    compileHints(['review-page', 'review-reader', 'review-shared']),
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
            { name: reviewSharedChunk, debugName: 'review-shared' },
            // The rest of what the page needs to show a link (the markdown reader, the renderer,
            // the share codec) in one more, beside the page's own chunk: four requests the head
            // script preloads side by side, where a dozen queued behind a browser's six
            // connections per host. The editor loads it only once it is editable.
            { name: reviewReaderChunk, debugName: 'review-reader' },
            // What a reviewer link's live page shares with the editor's first load (the issue
            // schema's door, the server address check) in one chunk, rather than split out of the
            // editor's chunks in small pieces, each a request and a module wrapper more.
            { name: liveReviewSharedChunk, debugName: 'live-review-shared' },
            // What every screen of the drafts layout loads first (the frame, storage); then what
            // an issue's editor loads before it is editable, in a chunk of what it alone needs and
            // one of what other screens need too: three chunks where there were some thirty, a
            // request and a module record each, queued six at a time. Modules go in one by one
            // (not with everything they import), so each screen fetches no chunk it does not use.
            {
              name: draftsStartChunk,
              debugName: 'drafts-start',
              includeDependenciesRecursively: false,
            },
            {
              name: editorStartChunk,
              debugName: 'editor-start',
              includeDependenciesRecursively: false,
            },
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
/** What the editor's screen loads before it is editable: its page, the layout, the repository. */
const editorStart = [
  'src/features/compose/compose-page.tsx',
  'src/app/drafts-layout.tsx',
  'src/app/open-browser-repository.ts',
  'src/app/prepare-repository.ts',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));

interface ReviewGraph {
  /** What the page imports statically. */
  needed: Set<string>;
  /** The review folder's modules, the page's lazy parts included. */
  own: Set<string>;
  /** What the editor's first load imports statically. */
  editor: Set<string>;
}
let reviewGraph: ReviewGraph | undefined;

function reviewGraphOf(graph: ModuleGraph): ReviewGraph {
  reviewGraph ??= {
    needed: reach(graph, [reviewPage], false),
    own: new Set([...reach(graph, [reviewPage], true)].filter((m) => m.startsWith(reviewFolder))),
    editor: reach(graph, editorStart, false),
  };
  return reviewGraph;
}

/**
 * Names the chunk of a module that the reviewer's page imports statically and that the editor's
 * first load imports statically too; null for every other module.
 */
function reviewSharedChunk(id: string, graph: ModuleGraph): string | null {
  const { needed, own, editor } = reviewGraphOf(graph);
  if (!needed.has(id) || !editor.has(id) || id.includes('/node_modules/')) return null;
  const importers = graph.getModuleInfo(id)?.importers ?? [];
  return importers.some((importer) => !own.has(importer)) ? 'review-shared' : null;
}

/**
 * Names the chunk of every other module the reviewer's page imports statically, except the page
 * itself (its chunk is the route's, which the build manifest and the head script look up) and
 * what the editor's first load holds, so the editor never fetches this chunk before it is
 * editable. The shell group comes first and keeps what the entry holds.
 */
function reviewReaderChunk(id: string, graph: ModuleGraph): string | null {
  const { needed, editor } = reviewGraphOf(graph);
  return id !== reviewPage && needed.has(id) && !editor.has(id) ? 'review-reader' : null;
}

const liveReviewPage = fileURLToPath(
  new URL('src/features/live-review/live-review-page.tsx', import.meta.url),
);
let liveReviewNeeded: Set<string> | undefined;

/** Names the chunk of a module both the live review page and the editor's first load import. */
function liveReviewSharedChunk(id: string, graph: ModuleGraph): string | null {
  liveReviewNeeded ??= reach(graph, [liveReviewPage], false);
  const { editor } = reviewGraphOf(graph);
  if (!liveReviewNeeded.has(id) || !editor.has(id) || id.includes('/node_modules/')) return null;
  return 'live-review-shared';
}

const draftsStart = editorStart.filter((file) => !file.endsWith('compose-page.tsx'));
const otherScreens = [
  'src/features/library/library-page.tsx',
  'src/features/issue-preview/issue-preview-page.tsx',
  'src/features/templates/template-page.tsx',
  'src/features/workspace/workspace-join-page.tsx',
  'src/features/inbox/inbox-page.tsx',
  'src/features/search/search-page.tsx',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));
interface StartGraph {
  /** What the drafts layout and storage import statically: every drafts screen needs it. */
  drafts: Set<string>;
  /** What the other drafts screens import statically. */
  others: Set<string>;
  /** What the reviewer's and live reviewer's pages import statically. */
  review: Set<string>;
}
let startGraph: StartGraph | undefined;

function startGraphOf(graph: ModuleGraph): StartGraph {
  liveReviewNeeded ??= reach(graph, [liveReviewPage], false);
  startGraph ??= {
    drafts: reach(graph, draftsStart, false),
    others: reach(graph, otherScreens, false),
    review: new Set([...reviewGraphOf(graph).needed, ...liveReviewNeeded]),
  };
  return startGraph;
}

/**
 * Names the chunk of what the drafts layout and storage import (past the review chunks), the
 * layout and storage themselves included: the router and main.tsx import them from this chunk,
 * rather than each from a small chunk of its own, a request and a preload more apiece.
 */
function draftsStartChunk(id: string, graph: ModuleGraph): string | null {
  const { drafts, review } = startGraphOf(graph);
  if (!drafts.has(id) || review.has(id)) return null;
  return 'drafts-start';
}

/**
 * Names the chunk of what an issue's editor imports before it is editable, past the drafts
 * layout's: `editor-start` for what no other screen imports, `screens-shared` for the rest.
 */
function editorStartChunk(id: string, graph: ModuleGraph): string | null {
  const { drafts, others, review } = startGraphOf(graph);
  const { editor } = reviewGraphOf(graph);
  if (!editor.has(id) || drafts.has(id) || review.has(id)) return null;
  return others.has(id) ? 'screens-shared' : 'editor-start';
}

/** What `starts` import, directly or not; with `lazy`, also what the review folder imports lazily. */
function reach(graph: ModuleGraph, starts: readonly string[], lazy: boolean): Set<string> {
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
  starts.forEach(visit);
  return seen;
}
