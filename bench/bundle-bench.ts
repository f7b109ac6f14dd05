import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip size of all the JavaScript of the build in dist/. */
export function bundleBench(root: string): Record<string, number> {
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
