import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticGraph } from '../../../test/support/static-graph';

// The reviewer's page must stay light: what it imports statically (what loads with the route)
// holds no editor, TipTap, Dexie, dnd-kit or state code, and no deflate code (the share codec's
// envelope, yes; fflate, no); the share dictionary comes as a file, not as code. It reads the
// issue with the core's one markdown reader and renders it with the preview's renderer; the YAML
// front matter reader loads only for a YAML file.
// Dynamic imports ("Open in editor", review mode) are not followed.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the review page chunk', () => {
  const { files, packages } = staticGraph(join(root, 'src/features/review/review-page.tsx'));
  const paths = [...files].map((file) => relative(root, file));

  it('imports no editor, state, storage or heavy markdown code', () => {
    const forbiddenFiles = paths.filter((path) =>
      /^src\/(editor|state|persistence|features\/compose)\/|^src\/core\/(markdown\/export-issue\.ts$|share\/(share-link|link-payload|notes-link|inflate-capped)\.ts$)/.test(
        path,
      ),
    );
    expect(forbiddenFiles).toEqual([]);
    const forbiddenPackages = [...packages].filter((name) =>
      /^(@tiptap|dexie|@dnd-kit|zustand|@tanstack|micromark|mdast|fflate)/.test(name),
    );
    expect(forbiddenPackages).toEqual([]);
  });

  it('is checked on the real graph', () => {
    expect(paths).toContain('src/core/share/unpack-link.ts');
    expect(paths).toContain('src/core/share/link-envelope.ts');
    expect(paths).toContain('src/core/markdown/import-issue-with.ts');
    expect(paths).not.toContain('src/core/front-matter/parse-front-matter.ts');
    expect(paths).toContain('src/core/render/render-markdown.ts');
    expect([...packages].sort()).toEqual(['markdown-it', 'react', 'react-router', 'smol-toml']);
  });
});
