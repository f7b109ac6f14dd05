// Reads a chosen backup file as text, refusing one too large to be a backup before reading it
// (parseBackup checks everything else).

import { readTextFile } from '../../components/read-text-file';
import { DEFAULT_BACKUP_LIMITS } from '../../persistence/parse-backup';

export class UnreadableBackupError extends Error {
  override name = 'UnreadableBackupError';
}

export async function readBackupFile(file: Blob): Promise<string> {
  // Characters are at most as many as bytes, so a file within the limit in bytes is within it.
  if (file.size > DEFAULT_BACKUP_LIMITS.maxLength * 4)
    throw new UnreadableBackupError('This file is far too large to be a Broadsheet backup.');
  const text = await readTextFile(file).catch(() => {
    throw new UnreadableBackupError('This file is not text: it cannot be a Broadsheet backup.');
  });
  // JSON starts after a byte order mark, as it did when the browser decoded the file.
  return text.replace(/^\uFEFF/, '');
}
