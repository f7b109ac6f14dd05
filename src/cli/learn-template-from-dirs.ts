import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors';
import { learnTemplate, type ArchiveFile } from '../core/template/learn-template';

/** Content files Hugo renders as pages: `.md` files, not a section's `_index.md` nor a README. */
const ISSUE_FILE = /^(?!_index\.md$|README\.md$).+\.md$/i;

/**
 * `broadsheet template learn DIR...`: the template learned from the issue files in the folders,
 * as JSON with a final newline. Throws an InputError naming a folder it cannot read or that holds
 * no issue files, or the file the importer could not read.
 */
export function learnTemplateFromDirs(dirs: string[]): string {
  const files: ArchiveFile[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => ISSUE_FILE.test(name));
    } catch {
      throw new InputError(`cannot read the folder ${dir}`);
    }
    if (names.length === 0) throw new InputError(`${dir} holds no .md issue files`);
    for (const name of names.sort()) files.push(readIssue(dir, name));
  }
  return `${JSON.stringify(learnTemplate(files), null, 2)}\n`;
}

function readIssue(dir: string, name: string): ArchiveFile {
  const path = join(dir, name);
  return { name, text: readFileSync(path, 'utf8') };
}
