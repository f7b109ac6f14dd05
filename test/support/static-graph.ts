import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// What a module imports statically, followed through the project's own files: what loads with
// a lazily loaded route. Dynamic imports are not followed. Test-only.

const staticImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

export function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(staticImport)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
      const found = [base, `${base}.ts`, `${base}.tsx`].find(
        (path) => existsSync(path) && !path.endsWith('/'),
      );
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return { files, packages };
}
