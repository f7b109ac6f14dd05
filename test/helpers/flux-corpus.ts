import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/**
 * The Flux monthly updates copied into the repo (see test/fixtures/flux-updates/README.md): a
 * Hugo newsletter of another shape than EKS News, with YAML front matter.
 */
export const fluxDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/flux-updates');

export function fluxFiles(): string[] {
  return readdirSync(fluxDir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}-[a-z]+-update\.md$/.test(name))
    .sort();
}

export function readFlux(name: string): string {
  return readFileSync(join(fluxDir, name), 'utf8');
}
