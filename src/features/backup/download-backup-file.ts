// "Download backup" in the library: every draft (and, if asked, every kept revision) as one JSON
// file named by the day.

import { backupFileName } from '../../persistence/backup-format';
import { createBackup } from '../../persistence/create-backup';
import type { IssueRepository } from '../../persistence/issue-repository';
import { downloadTextFile } from '../../components/download-text-file';

export async function downloadBackupFile(
  repository: IssueRepository,
  includeRevisions: boolean,
  now: number = Date.now(),
): Promise<void> {
  const text = await createBackup(repository, { includeRevisions, now });
  downloadTextFile(backupFileName(now), text, 'application/json');
}
