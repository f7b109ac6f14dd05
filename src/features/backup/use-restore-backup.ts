// Restoring a backup, step by step: read the file, check all of it (parseBackup), ask about each
// draft that differs from the stored one, then write everything in one batch. A bad file, a
// cancelled question or a draft changed meanwhile in another tab leaves storage as it was.

import { useCallback, useState } from 'react';
import { ConflictError } from '../../persistence/conflict-error';
import type { IssueRepository } from '../../persistence/issue-repository';
import { parseBackup } from '../../persistence/parse-backup';
import {
  restoreBackup,
  type ConflictChoice,
  type RestoreConflict,
  type RestoreReport,
} from '../../persistence/restore-backup';
import { readBackupFile, UnreadableBackupError } from './read-backup-file';

export interface ConflictQuestion {
  conflict: RestoreConflict;
  /** How many more differing drafts may follow this one (at most). */
  remaining: number;
  answer: (choice: ConflictChoice, forAll: boolean) => void;
  cancel: () => void;
}

export type RestoreState =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'asking'; question: ConflictQuestion }
  | { step: 'done'; report: RestoreReport }
  | { step: 'failed'; message: string };

class RestoreCancelled extends Error {}

function failure(error: unknown): string {
  if (error instanceof RestoreCancelled) return 'Restore cancelled: nothing was changed.';
  if (error instanceof UnreadableBackupError) return error.message;
  if (error instanceof ConflictError)
    return 'A draft changed in another tab during the restore, so nothing was restored. Try again.';
  const reason = error instanceof Error ? error.message : String(error);
  return `The backup could not be restored (${reason}). Nothing was changed.`;
}

export function useRestoreBackup(repository: IssueRepository) {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });

  const restore = useCallback(
    async (file: File) => {
      setState({ step: 'working' });
      try {
        const parsed = parseBackup(await readBackupFile(file));
        if (!parsed.ok) return setState({ step: 'failed', message: parsed.error });
        let standing: ConflictChoice | undefined;
        let asked = 0;
        const onConflict = (conflict: RestoreConflict) =>
          standing ??
          new Promise<ConflictChoice>((resolve, reject) => {
            asked += 1;
            const remaining = parsed.plan.issues.length - asked;
            const answer = (choice: ConflictChoice, forAll: boolean) => {
              if (forAll) standing = choice;
              setState({ step: 'working' });
              resolve(choice);
            };
            const cancel = () => reject(new RestoreCancelled());
            setState({ step: 'asking', question: { conflict, remaining, answer, cancel } });
          });
        const report = await restoreBackup(repository, parsed.plan, { onConflict });
        setState({ step: 'done', report });
      } catch (error) {
        setState({ step: 'failed', message: failure(error) });
      }
    },
    [repository],
  );

  const dismiss = useCallback(() => setState({ step: 'idle' }), []);
  return { state, restore, dismiss };
}
