import { learnTemplate } from '../core/template/learn-template';
import { readIssueDirs } from './read-issue-dirs';

/**
 * `broadsheet template learn DIR...`: the template learned from the issue files in the folders,
 * as JSON with a final newline. Throws an InputError naming a folder it cannot read or that holds
 * no issue files, or the file the importer could not read.
 */
export function learnTemplateFromDirs(dirs: string[]): string {
  return `${JSON.stringify(learnTemplate(readIssueDirs(dirs)), null, 2)}\n`;
}
