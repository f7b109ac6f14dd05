import type { Plugin } from 'vite';
import { LINK_FORMATS } from '../src/core/share/link-formats.ts';

// A first visit to a route: its chunks would be requested only once the entry has been fetched
// and run and the router has matched the address, and the entry is most of the app's shell.
// A few lines in index.html's head ask for them beside the entry instead, for the routes named
// here only: their chunks as module preloads, their stylesheets, and for the reviewer's page the
// dictionary the address's link inflates against (none for a link of a format without one) as a
// preload the page's fetch takes up. Other routes get nothing.
//
// A route's screen that opens the app's database has it opened, and closed again, by the head
// script: a fresh browser process loads a database from disk on its first opening, some 40-70 ms
// that then pass while the entry loads instead of after it. A database that does not exist yet is
// not created (the upgrade is aborted), so the app's own opening still creates it with its schema.

/** A route whose first load is preloaded. */
export interface PreloadedRoute {
  /**
   * A regular expression's source for the address's path after the app's base, matched whole
   * against `location.pathname`.
   */
  path: string;
  /** The absolute paths of the modules the route loads first (its page, layout, storage...). */
  modules: readonly string[];
  /** Whether the address's fragment is a share link whose dictionary to preload. */
  shareLink?: boolean;
  /** The IndexedDB database the route's screen opens, opened ahead (see above). */
  database?: string;
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  /** The modules the chunk holds (a group chunk holds the route modules it was given). */
  moduleIds: readonly string[];
  isEntry: boolean;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

type BundleLike = Record<string, { type: string; fileName: string } | ChunkLike>;

/** The plugin. */
export function preloadRouteChunks(routes: readonly PreloadedRoute[]): Plugin {
  let base = '/';
  return {
    name: 'broadsheet-preload-route-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(charsetTag(html), (meta) => {
          const script = headScript(routes, bundle as BundleLike, base);
          return `${meta}<script>${script}</script>`;
        });
      },
    },
  };
}

/** The head script for `routes` in `bundle`; exported for its test. */
export function headScript(
  routes: readonly PreloadedRoute[],
  bundle: BundleLike,
  base: string,
): string {
  const table = routes.map((route) => {
    const { scripts, styles } = routeFiles(route, bundle);
    const urls = (files: Set<string>) => [...files].map((file) => base + file);
    const path = `^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${route.path}$`;
    return [path, urls(scripts), urls(styles), route.shareLink === true, route.database ?? ''];
  });
  return (
    `{const r=${JSON.stringify(table)}.find(([p])=>new RegExp(p).test(location.pathname));` +
    `if(r){if(r[4])try{const q=indexedDB.open(r[4]);q.onupgradeneeded=()=>q.transaction.abort();` +
    `q.onsuccess=()=>q.result.close();q.onerror=()=>{}}catch{}const add=(rel,href,as)=>{const l=document.createElement('link');l.rel=rel;` +
    `l.href=href;if(as){l.as=as;l.crossOrigin='anonymous'}document.head.append(l)};` +
    `for(const h of r[1])add('modulepreload',h);` +
    `for(const h of r[2])add('preload',h,'style');` +
    `const d=r[3]&&${JSON.stringify(shareDictionaries(bundle, base))}` +
    `[/^#([a-z0-9]{1,8})\\./.exec(location.hash)?.[1]];` +
    `if(d)add('preload',d,'fetch')}}`
  );
}

/** The chunks a route's modules need besides the entry, and their stylesheets. */
function routeFiles(route: PreloadedRoute, bundle: BundleLike) {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = chunks.find((c) => c.fileName === fileName);
    if (!chunk || scripts.has(fileName) || chunk.isEntry) return;
    scripts.add(fileName);
    chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
    chunk.imports.forEach(visit);
  };
  for (const module of route.modules) {
    const chunk =
      chunks.find((c) => c.facadeModuleId === module) ??
      chunks.find((c) => c.moduleIds.includes(module));
    if (!chunk) throw new Error(`the build has no chunk for ${module}`);
    visit(chunk.fileName);
  }
  return { scripts, styles };
}

/** The share dictionary of each link format that has one, by the format's tag. */
function shareDictionaries(bundle: BundleLike, base: string): Record<string, string> {
  const dictionaries: Record<string, string> = {};
  for (const { tag, dictionary } of LINK_FORMATS) {
    if (!dictionary) continue;
    const name = new RegExp(`(^|/)share-dictionary-${dictionary}-[\\w-]+\\.txt$`);
    const file = Object.values(bundle).find((asset) => name.test(asset.fileName));
    if (!file) throw new Error(`the build has no share dictionary ${dictionary}`);
    dictionaries[tag] = base + file.fileName;
  }
  return dictionaries;
}

/**
 * The script goes right after the charset: ahead of it, the parser would meet the charset past
 * the bytes it scans for one and decode the page again; after the stylesheet, it would wait for
 * it. Both preloads are CORS requests, as the requests that take them up are (Vite's loader adds
 * the stylesheet with `crossorigin`, the page fetches the dictionary): a preload in another mode
 * is not reused, and the file is fetched a second time.
 */
function charsetTag(html: string): RegExp {
  const charset = /<meta charset="UTF-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8">');
  return charset;
}
