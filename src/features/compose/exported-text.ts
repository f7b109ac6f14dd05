import type { Issue } from '../../core/model/types';
import type { SettingsStore } from '../../persistence/issue-repository';
import { originalTextKey } from './original-text';

/** The setting that keeps the text an issue was last downloaded or saved as, by issue id. */
export function exportedTextKey(issueId: string): string {
  return `exported-text:${issueId}`;
}

/** Keeps the text just downloaded or saved into the site folder as the issue's last export. */
export async function rememberExportedText(
  settings: SettingsStore,
  issueId: string,
  text: string,
): Promise<void> {
  await settings.setSetting(exportedTextKey(issueId), text);
}

/**
 * The texts Broadsheet knows it wrote or read for the issue: the file it was imported from and
 * its last export. A file in the site that is neither was changed by someone else.
 */
export async function knownTexts(settings: SettingsStore, issue: Issue): Promise<string[]> {
  const kept = await Promise.all([
    settings.getSetting(originalTextKey(issue.id)),
    settings.getSetting(exportedTextKey(issue.id)),
  ]);
  return kept.filter((text): text is string => typeof text === 'string');
}
