import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Hugo suite: exported files built by Debian's real `hugo` (make test installs it). The
// jsdom environment gives the tests a DOM to parse and compare the rendered HTML with.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/hugo/**/*.test.ts'],
    environment: 'jsdom',
    pool: 'forks',
    // Each file runs one or two hugo builds; two at once is all this suite needs.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
