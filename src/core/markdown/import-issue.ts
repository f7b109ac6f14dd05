import { FRONT_MATTER_READERS } from '../front-matter/parse-front-matter';
import type { Issue } from '../model/types';
import { importIssueWith, type ImportOptions } from './import-issue-with';

/**
 * Reads a Hugo content file into the model, its front matter in any of Hugo's formats (see
 * importIssueWith). Every byte is kept somewhere, so exporting an unedited issue gives the same
 * file back.
 */
export function importIssue(text: string, options: ImportOptions = {}): Issue {
  return importIssueWith(text, FRONT_MATTER_READERS, options);
}
