import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors';
import type { ArchiveFile } from '../core/template/learn-template';

/** Content files Hugo renders as pages: `.md` files, not a section's `_index.md` nor a README. */
const ISSUE_FILE = /^(?!_index\.md$|README\.md$).+\.md$/i;

/**
 * The issue files in the folders, each folder's in name order. Throws an InputError naming a
 * folder it cannot read or that holds no issue files.
 */
export function readIssueDirs(dirs: string[]): ArchiveFile[] {
  const files: ArchiveFile[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => ISSUE_FILE.test(name));
    } catch {
      throw new InputError(`cannot read the folder ${dir}`);
    }
    if (names.length === 0) throw new InputError(`${dir} holds no .md issue files`);
    for (const name of names.sort()) {
      files.push({ name, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return files;
}
