import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The workspace server suite: each file starts its own server processes (and redis-server where
// it needs one, which make test installs) on free loopback ports, and stops them. One file at a
// time: the load test wants the machine to itself.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/server/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
