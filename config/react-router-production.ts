import { createRequire } from 'node:module';
import path from 'node:path';
import type { Alias } from 'vite';

// react-router 7 points every export condition at its development build (upstream issues
// #12532 and #14102, meant to be temporary), so a production bundle carried its dev-only
// warnings and checks. Builds resolve `react-router` to the production build the package ships
// beside it. The bench builds its React-and-router floor with the same alias, so the reviewer
// page's ratio compares like with like.

/** The alias that makes `import ... from 'react-router'` load the production build. */
export function reactRouterProduction(root: string): Alias {
  const require = createRequire(path.join(root, 'package.json'));
  const packageDir = path.dirname(require.resolve('react-router/package.json'));
  return {
    find: /^react-router$/,
    replacement: path.join(packageDir, 'dist/production/index.mjs'),
  };
}
