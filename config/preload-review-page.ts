import type { Plugin } from 'vite';
import { LINK_FORMATS } from '../src/core/share/link-formats.ts';

// A share link's first visit: the reviewer's page and the share dictionary would be requested
// only once the entry has run and the router has matched /preview, a round trip after the entry.
// A few lines in index.html's head ask for them beside the entry instead, on /preview only: the
// page's chunks as module preloads, its stylesheet, and the dictionary the address's link
// inflates against (none for a link of a format without one) as a preload the page's fetch
// takes up. Other routes get nothing.

/** The plugin; `reviewPage` is the page module's absolute path. */
export function preloadReviewPage(reviewPage: string): Plugin {
  let base = '/';
  return {
    name: 'broadsheet-preload-review-page',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const page = chunks.find((c) => c.facadeModuleId === reviewPage);
        if (!page) throw new Error('the build has no review page chunk');
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
        const dictionaries: Record<string, string> = {};
        for (const { tag, dictionary } of LINK_FORMATS) {
          if (!dictionary) continue;
          const name = new RegExp(`(^|/)share-dictionary-${dictionary}-[\\w-]+\\.txt$`);
          const file = Object.values(bundle).find((asset) => name.test(asset.fileName));
          if (!file) throw new Error(`the build has no share dictionary ${dictionary}`);
          dictionaries[tag] = base + file.fileName;
        }
        const urls = (files: Set<string>) => JSON.stringify([...files].map((file) => base + file));
        const script = headScript(urls(scripts), urls(styles), JSON.stringify(dictionaries));
        return html.replace(charsetTag(html), (meta) => `${meta}<script>${script}</script>`);
      },
    },
  };
}

/**
 * The script goes right after the charset: ahead of it, the parser would meet the charset past
 * the bytes it scans for one and decode the page again; after the stylesheet, it would wait for
 * it.
 */
function charsetTag(html: string): RegExp {
  const charset = /<meta charset="UTF-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8">');
  return charset;
}

/**
 * Each argument is a JSON literal. Both preloads are CORS requests, as the requests that take
 * them up are (Vite's loader adds the stylesheet with `crossorigin`, the page fetches the
 * dictionary): a preload in another mode is not reused, and the file is fetched a second time.
 */
function headScript(scripts: string, styles: string, dictionaries: string): string {
  return (
    `if(/\\/preview\\/?$/.test(location.pathname)){` +
    `const add=(rel,href,as)=>{const l=document.createElement('link');l.rel=rel;l.href=href;` +
    `if(as){l.as=as;l.crossOrigin='anonymous'}document.head.append(l)};` +
    `for(const h of ${scripts})add('modulepreload',h);` +
    `for(const h of ${styles})add('preload',h,'style');` +
    `const d=${dictionaries}[/^#([a-z0-9]{1,8})\\./.exec(location.hash)?.[1]];` +
    `if(d)add('preload',d,'fetch')}`
  );
}
