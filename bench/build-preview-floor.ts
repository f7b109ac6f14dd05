import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { reactRouterProduction } from '../config/react-router-production';
import { importIssue } from '../src/core/markdown/import-issue';
import { renderIssue } from '../src/core/render/render-issue';

/**
 * Builds the reviewer page's floor (bench/preview-floor: React, react-dom and the router) into
 * `outDir`, with issue 056 rendered beside it as the HTML file it shows; returns 056's markdown.
 * `minify: false` keeps the functions' names, for profiles.
 */
export async function buildPreviewFloor(
  root: string,
  outDir: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<string> {
  await build({
    root: path.join(root, 'bench/preview-floor'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    resolve: { alias: [reactRouterProduction(root)] },
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022', minify },
  });
  const markdown = await readFile(path.join(root, 'test/fixtures/eks-news/056.md'), 'utf8');
  await writeFile(path.join(outDir, 'issue-056.html'), renderIssue(importIssue(markdown)));
  return markdown;
}
