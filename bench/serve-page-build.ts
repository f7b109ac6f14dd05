import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds a comparison page of the bench (a folder under bench/ with its index.html, or the HTML
 * files `inputs` names) with the app's own Vite and React plugin, into `outDir`, and serves it.
 */
export async function servePageBuild(
  folder: string,
  outDir: string,
  inputs?: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const pageRoot = path.join(root, 'bench', folder);
  const input = inputs
    ? Object.fromEntries(
        Object.entries(inputs).map(([name, file]) => [name, path.join(pageRoot, file)]),
      )
    : undefined;
  await build({
    root: pageRoot,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { input } },
  });
  const server = await preview({
    root: pageRoot,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`the page built from bench/${folder} has no address`);
  return { url, close: () => server.close() };
}
