// The template an archive import reads its files with: a known one (built in or stored) that
// fits the files well, else one learned from them and stored, so that the Template screen can
// show it and the files' issues belong to it.

import type { importIssue as ImportIssue } from '../../core/markdown/import-issue';
import type { IssueRepository } from '../../persistence/issue-repository';
import { readTemplates } from '../templates/read-templates';
import { saveTemplate } from '../templates/save-template';
import { archiveFileName, type SkippedFile } from './read-archive-file';

/** The template an import used, as its result names it. */
export interface ArchiveTemplate {
  id: string;
  name: string;
  learned: boolean;
}

/**
 * Chooses (or learns and stores) the template for the files whose texts are given (a text that
 * could not be read is a SkippedFile), and returns an importer that reads a file with it and marks
 * the issue as the template's.
 */
export async function archiveTemplate(
  files: readonly File[],
  texts: readonly (string | SkippedFile)[],
  repository: IssueRepository,
  now: number,
): Promise<{ importIssue: typeof ImportIssue; template: ArchiveTemplate }> {
  const [{ importIssue }, { chooseArchiveTemplate }, { templateCardShapes }, templates] =
    await Promise.all([
      import('../../core/markdown/import-issue'),
      import('../../core/template/choose-archive-template'),
      import('../../core/template/template-card-shapes'),
      readTemplates(repository),
    ]);
  const archive = files.flatMap((file, i) => {
    const text = texts[i];
    return typeof text === 'string' ? [{ name: file.name, text }] : [];
  });
  const choice = chooseArchiveTemplate(archive, templates.all, folderOf(files));
  const template = choice.learned
    ? await saveTemplate(repository, choice.template, now)
    : choice.template;
  const cardShapes = templateCardShapes(template);
  const read: typeof ImportIssue = (text, options) => ({
    ...importIssue(text, { ...options, cardShapes }),
    templateId: template.id,
  });
  return {
    importIssue: read,
    template: { id: template.id, name: template.name, learned: choice.learned },
  };
}

/** The folder the files were chosen in (`flux-updates` of `flux-updates/2021-01.md`), or ''. */
function folderOf(files: readonly File[]): string {
  const [first] = files;
  const path = first === undefined ? '' : archiveFileName(first);
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(0, slash) : '';
}
