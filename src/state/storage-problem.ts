import { classifyStorageError, goneReason } from '../persistence/classify-storage-error';
import type { SaveProblem } from './editor-state';

const kept = 'Your changes are kept in this tab but are not saved yet.';
const stillHere = 'Your edits are still in this tab.';

/** What to tell the editor when a write failed, by the kind of failure. */
export function storageProblem(error: unknown): SaveProblem {
  const kind = classifyStorageError(error);
  switch (kind) {
    case 'conflict':
      return { kind, message: 'This draft changed in another tab.' };
    case 'gone':
      return {
        kind,
        message:
          goneReason(error) === 'storage-cleared'
            ? `The browser removed this draft from its storage: the site's data was cleared. ${stillHere}`
            : `This draft was removed from the browser's storage in another tab or window. ${stillHere}`,
      };
    case 'quota':
      return {
        kind,
        message: `The browser's storage is full. ${kept} Download a backup, then free some space.`,
      };
    case 'unavailable':
      return {
        kind,
        message: `The browser's storage cannot be reached. ${kept} Download a backup.`,
      };
    case 'unknown':
      return { kind, message: `Saving failed (${describe(error)}). ${kept} Download a backup.` };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
