import { isNamed } from './site-folder';

/** A line the export group shows (in its status region) after an action. */
export interface ExportMessage {
  text: string;
  error: boolean;
}

const said = (text: string): ExportMessage => ({ text, error: false });
const failed = (text: string): ExportMessage => ({ text, error: true });

/** What "Save to site folder" and "Choose site folder" say, one line for each outcome. */
export const siteFolderMessages = {
  saved: (file: string, site: string) => said(`Saved ${file} in ${site}.`),
  chosen: (file: string, site: string) =>
    said(`Site folder ${site}: this issue will be saved as ${file}.`),
  cancelled: () => said('No folder chosen: nothing was saved.'),
  kept: (file: string) => said(`Kept ${file} as it was: nothing was saved.`),
  refused: (site: string) =>
    failed(
      `The browser did not let Broadsheet write to ${site}: nothing was saved. ` +
        'Press Save to site folder again to be asked once more.',
    ),
  noContent: (site: string) =>
    failed(
      `${site} has no content/ folder: choose the root folder of the Hugo site, the one that ` +
        'holds content/. Nothing was saved.',
    ),
  diskFull: (file: string) =>
    failed(`${file} was not saved: the disk is full. Nothing in the site was changed.`),
  gone: (site: string) =>
    failed(`The site folder ${site} is no longer there: choose it again. Nothing was saved.`),
  notWritten: (file: string, reason: string) => failed(`Could not save ${file}: ${reason}`),
};

/**
 * The message for a save that threw: `file` is the file's path in the site when the save got as
 * far as finding it, else undefined.
 */
export function saveFailureMessage(
  error: unknown,
  site: string,
  file: string | undefined,
): ExportMessage {
  if (isNamed(error, 'AbortError') && file === undefined) return siteFolderMessages.cancelled();
  if (isNamed(error, 'NotAllowedError') || isNamed(error, 'SecurityError'))
    return siteFolderMessages.refused(site);
  if (isNamed(error, 'QuotaExceededError')) return siteFolderMessages.diskFull(file ?? site);
  if (isNamed(error, 'NotFoundError') && file === undefined) return siteFolderMessages.gone(site);
  return siteFolderMessages.notWritten(file ?? `into ${site}`, reasonOf(error));
}

export function reasonOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : String(error);
}
