import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests. The Hugo and browser suites live under test/hugo and test/e2e and
// run through their own configs (see the Makefile), since they need Debian's hugo and chromium.
export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'test/unit/**/*.test.ts',
      'test/support/**/*.test.ts',
      'bench/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
