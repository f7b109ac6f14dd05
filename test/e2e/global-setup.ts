import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, such as `http://127.0.0.1:41234` (no trailing slash). */
    appUrl: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the app once (`vite build` into a temporary folder, so a `dist/` in use is left
 * alone) and serves it with `vite preview` on a free port of 127.0.0.1 for every spec. Set
 * BROADSHEET_E2E_DIST to a folder holding a build to serve that instead of building.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.BROADSHEET_E2E_DIST;
  const outDir = given
    ? path.resolve(given)
    : await mkdtemp(path.join(tmpdir(), 'broadsheet-e2e-dist-'));
  if (!given) {
    await buildApp(outDir).catch(async (error: unknown) => {
      await rm(outDir, { recursive: true, force: true });
      throw error;
    });
  }
  const port = await freePort();
  const server = await preview({
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('appUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await server.close();
    if (!given) await rm(outDir, { recursive: true, force: true });
  };
}

function buildApp(outDir: string): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules/.bin/vite');
  const args = ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    // Vitest sets NODE_ENV=test, which vite would inherit and build a development bundle with
    // (React's development build, import.meta.env.PROD false: no service worker). Test what ships.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn(vite, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
