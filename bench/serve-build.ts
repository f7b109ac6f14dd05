import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { preview } from 'vite';

/**
 * Builds the app into `outDir` (dist/ by default) and serves it on a free port of 127.0.0.1 for
 * the browser benches.
 */
export async function serveBuild(
  root: string,
  outDir = 'dist',
): Promise<{ url: string; close: () => Promise<void> }> {
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const port = await freePort();
  const server = await preview({
    root,
    build: { outDir },
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
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
