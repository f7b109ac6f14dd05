import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticGraph } from '../../../test/support/static-graph';

// The reviewer link's page stays as light as the shared-link page, Yjs and the Hocuspocus
// provider aside: what loads with it holds no editor, TipTap, Dexie, dnd-kit or state code.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the live review page chunk', () => {
  const { files, packages } = staticGraph(
    join(root, 'src/features/live-review/live-review-page.tsx'),
  );
  const paths = [...files].map((file) => relative(root, file));

  it('imports no editor, state, storage or export code', () => {
    const forbidden = paths.filter((path) =>
      /^src\/(editor|state|persistence|features\/compose)\/|^src\/core\/markdown\/export-issue\.ts$/.test(
        path,
      ),
    );
    expect(forbidden).toEqual([]);
    expect([...packages].sort()).toEqual([
      '@hocuspocus/provider',
      'markdown-it',
      'react',
      'react-router',
      'yjs',
    ]);
  });

  it('is checked on the real graph', () => {
    expect(paths).toContain('src/features/review/review-issue-view.tsx');
    expect(paths).toContain('src/core/collab/read-issue-from-doc.ts');
    expect(paths).toContain('src/core/render/render-markdown.ts');
  });
});
