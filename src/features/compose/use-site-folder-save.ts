import { useState } from 'react';
import type { FolderHandleStore } from '../../persistence/issue-repository';
import {
  chooseSiteFolder,
  exportFolder,
  fileExists,
  hasWritePermission,
  isNamed,
  rememberedSiteFolder,
  writeTextFile,
  type DirectoryHandle,
} from './site-folder';

export interface ExportMessage {
  text: string;
  error: boolean;
}

/** A save waiting for the editor to say whether to replace the file already there. */
export interface PendingOverwrite {
  folder: DirectoryHandle;
  name: string;
  path: string;
  text: string;
}

export interface SiteFolderSave {
  pending: PendingOverwrite | undefined;
  /** Saves into the remembered folder (chosen now if there is none, or when `choose` is set). */
  save: (name: string, text: string, choose?: boolean) => Promise<void>;
  overwrite: () => Promise<void>;
  cancel: () => void;
}

/**
 * "Save to site folder": the folder is chosen once and remembered (its handle stored by the
 * repository); permission is asked again when the browser has dropped it; the file goes into
 * content/en/archives/ when the folder has it; a file already there is replaced only when the
 * editor says so.
 */
export function useSiteFolderSave(
  folders: FolderHandleStore,
  report: (message: ExportMessage) => void,
): SiteFolderSave {
  const [pending, setPending] = useState<PendingOverwrite | undefined>();

  const write = async (target: PendingOverwrite) => {
    await writeTextFile(target.folder, target.name, target.text);
    report({ text: `Saved ${target.path}/${target.name}.`, error: false });
  };

  const save = async (name: string, text: string, choose = false) => {
    setPending(undefined);
    try {
      const remembered = choose ? undefined : await rememberedSiteFolder(folders);
      const root = remembered ?? (await chooseSiteFolder(folders, Date.now()));
      if (!(await hasWritePermission(root))) {
        report({ text: `Broadsheet may not write to the folder ${root.name}.`, error: true });
        return;
      }
      const { folder, path } = await exportFolder(root);
      const target = { folder, name, path, text };
      if (await fileExists(folder, name)) setPending(target);
      else await write(target);
    } catch (error) {
      if (isNamed(error, 'AbortError')) return;
      report({ text: `Could not save into the folder: ${reasonOf(error)}`, error: true });
    }
  };

  const overwrite = async () => {
    const target = pending;
    setPending(undefined);
    if (!target) return;
    try {
      await write(target);
    } catch (error) {
      report({ text: `Could not save into the folder: ${reasonOf(error)}`, error: true });
    }
  };

  return { pending, save, overwrite, cancel: () => setPending(undefined) };
}

export function reasonOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : String(error);
}
