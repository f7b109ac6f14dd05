import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArchiveFile } from '../../src/core/template/learn-template';

const syntheticDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/synthetic');

/**
 * The ten issues of one of the synthetic newsletters (see test/fixtures/synthetic/README.md),
 * by file name, as an archive to learn a template from.
 */
export function syntheticArchive(newsletter: string): ArchiveFile[] {
  const dir = join(syntheticDir, newsletter);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
