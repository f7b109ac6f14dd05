import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import { exportIssue } from '../../core/markdown/export-issue';
import type { Issue } from '../../core/model/types';
import { downloadTextFile, markdownFileName } from '../issue-preview/download-text-file';

/** Saves the issue as held in memory (unsaved edits included) as its markdown file. */
export function downloadBackup(issue: Issue): void {
  downloadTextFile(
    markdownFileName(getFrontMatterString(issue.frontMatter, 'slug')),
    exportIssue(issue),
  );
}
