import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Small issues, one per card shape beyond list items (see test/fixtures/card-shapes/README.md). */
export const cardShapesDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/card-shapes',
);

export function readCardShapes(name: string): string {
  return readFileSync(join(cardShapesDir, name), 'utf8');
}
