import type { Issue } from '../../core/model/types';
import type { SettingsStore } from '../../persistence/issue-repository';

/** The setting that keeps an imported issue's file as it was read, by issue id. */
export function originalTextKey(issueId: string): string {
  return `original-text:${issueId}`;
}

/**
 * An issue read from a file and not edited since: its front matter still carries the text it was
 * read from, and it was never changed after it was made. Its export is then the file itself,
 * byte for byte (the importer's round-trip guarantee).
 */
export function isUneditedImport(issue: Issue): boolean {
  return (
    issue.createdAt === issue.updatedAt &&
    issue.frontMatter.entries.length > 0 &&
    issue.frontMatter.entries.every((entry) => entry.source !== undefined)
  );
}

/**
 * The text of the file an issue was imported from. It is kept in a setting keyed by the issue's
 * id: the file as read, written by the library's import; else (an issue imported some other way)
 * its export, written the first time the editor opens the issue unedited. The issue model itself
 * keeps only the text of the parts not edited yet. Undefined for an issue that was not imported
 * (or was edited before the editor first opened it).
 */
export async function readOriginalText(
  settings: SettingsStore,
  issue: Issue,
  exportIssue: (issue: Issue) => string,
): Promise<string | undefined> {
  const key = originalTextKey(issue.id);
  const kept = await settings.getSetting(key);
  if (typeof kept === 'string') return kept;
  if (!isUneditedImport(issue)) return undefined;
  const text = exportIssue(issue);
  await settings.setSetting(key, text);
  return text;
}
