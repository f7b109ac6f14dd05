import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Builds the app and measures the gzip size of all its JavaScript. */
export function bundleBench(root: string): Record<string, number> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const assets = join(root, 'dist', 'assets');
  let gzip = 0;
  let raw = 0;
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const bytes = readFileSync(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { jsTotalBytes: raw, jsTotalGzipBytes: gzip };
}
