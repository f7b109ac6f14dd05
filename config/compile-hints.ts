import type { Plugin } from 'vite';

// V8 compiles a function only when it is first called, on the page's main thread, unless the
// script asks otherwise. The chunks a share link's page runs from top to bottom as it opens (the
// markdown reader, the renderer, the share codec) carry V8's explicit compile hint, a comment on
// their first line: Chromium 136 and later then compile all their functions while the script
// streams in, on a background thread, instead of one by one on the main thread once the issue is
// being read. Other engines ignore the comment.

/** The magic comment of V8's explicit compile hints (file-based). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the compile hint on the first line of every built chunk named in `chunkNames`. */
export function compileHints(chunkNames: readonly string[]): Plugin {
  const names = new Set(chunkNames);
  return {
    name: 'broadsheet-compile-hints',
    apply: 'build',
    generateBundle: {
      // After minification, which would drop the comment.
      order: 'post',
      handler(_options, bundle) {
        const hinted = new Set<string>();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && names.has(chunk.name)) {
            chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
            hinted.add(chunk.name);
          }
        }
        // A renamed chunk would lose its hint without a word.
        const missing = [...names].filter((name) => !hinted.has(name));
        if (missing.length > 0) throw new Error(`no chunk named ${missing.join(', ')} to hint`);
      },
    },
  };
}
