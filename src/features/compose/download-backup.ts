import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import type { Issue } from '../../core/model/types';
import { downloadTextFile } from '../../components/download-text-file';
import { markdownFileName } from '../../components/markdown-file-name';
import { loadExporter } from './load-exporter';

/**
 * Saves the issue as held in memory (unsaved edits included) as its markdown file. The exporter
 * is loaded by the editor screen soon after it opens, so this is immediate in practice.
 */
export function downloadBackup(issue: Issue): void {
  void loadExporter().then(({ exportIssue }) =>
    downloadTextFile(
      markdownFileName(getFrontMatterString(issue.frontMatter, 'slug')),
      exportIssue(issue),
    ),
  );
}
