// Imports each chosen file as its own draft. A bad file (not UTF-8, binary, front matter that
// never closes) is reported by name and line and adds nothing; the good files are imported all
// the same. Front matter whose content cannot be read is kept whole, shown read-only. Each
// draft belongs to the newsletter template it fits best (not the generic one). The markdown
// importer is loaded only now, so the library itself stays light.

import { InputError } from '../../core/errors';
import { hugoLinkListTemplate } from '../../core/template/hugo-link-list';
import type { IssueRepository, SettingsStore } from '../../persistence/issue-repository';
import { summarizeIssue } from '../../persistence/issue-summary-fields';
import { readTextFile } from '../../components/read-text-file';
import { originalTextKey } from '../compose/original-text';
import { readTemplates } from '../templates/read-templates';

export interface ImportedFile {
  fileName: string;
  issueId: string;
  title: string;
}

export interface ImportFailure {
  fileName: string;
  message: string;
}

export interface ImportOutcome {
  imported: ImportedFile[];
  failures: ImportFailure[];
}

export async function importMarkdownFiles(
  files: readonly File[],
  repository: IssueRepository,
): Promise<ImportOutcome> {
  const [{ importWithTemplate }, { all }] = await Promise.all([
    import('../../core/template/import-with-template'),
    readTemplates(repository),
  ]);
  const described = all.filter((t) => t.id !== hugoLinkListTemplate.id);
  const outcome: ImportOutcome = { imported: [], failures: [] };
  for (const file of files) {
    try {
      const text = await readTextFile(file);
      if (text.trim() === '') throw new InputError('the file is empty', 1);
      const read = importWithTemplate(text, described, { keepUnreadableFrontMatter: true });
      const issue = { ...read.issue, templateId: read.template.id };
      await repository.put(issue, 0);
      await keepOriginalText(repository, issue.id, text);
      const title = summarizeIssue(issue).title || file.name;
      outcome.imported.push({ fileName: file.name, issueId: issue.id, title });
    } catch (error) {
      outcome.failures.push({ fileName: file.name, message: describeFailure(file.name, error) });
    }
  }
  return outcome;
}

/**
 * Keeps the file as read, for the editor's count of the lines its export changes: compared with
 * these bytes, not with the export of the unedited import, the count is 0 only when the export
 * gives the file back. A failed write leaves the editor to take that export as the original.
 */
async function keepOriginalText(settings: SettingsStore, issueId: string, text: string) {
  await settings.setSetting(originalTextKey(issueId), text).catch(() => undefined);
}

/** `056.md, line 3: message`, or the file name and what went wrong when no line is known. */
export function describeFailure(fileName: string, error: unknown): string {
  if (error instanceof InputError) {
    const where = error.line === undefined ? fileName : `${fileName}, line ${error.line}`;
    return `${where}: ${error.message}`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `${fileName}: could not be imported (${reason})`;
}
