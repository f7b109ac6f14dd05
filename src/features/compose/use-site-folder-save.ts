import { useState } from 'react';
import type { Issue } from '../../core/model/types';
import type { FolderHandleStore, SettingsStore } from '../../persistence/issue-repository';
import { knownTexts, rememberExportedText } from './exported-text';
import { findIssueFolder } from './find-issue-folder';
import {
  hasWritePermission,
  pickFolder,
  readFileBytes,
  rememberedSiteFolder,
  rememberSiteFolder,
  writeTextFile,
  type DirectoryHandle,
} from './site-folder';
import { saveFailureMessage, siteFolderMessages, type ExportMessage } from './site-folder-messages';

/** The issue's export: its file name, its text, and the issue it was made from. */
export interface ExportedFile {
  name: string;
  text: string;
  issue: Issue;
}

/** A save waiting for the editor to say whether to replace a file changed outside Broadsheet. */
export interface PendingOverwrite {
  folder: DirectoryHandle;
  /** The file's path in the site, such as `content/en/archives/056.md`. */
  file: string;
  site: string;
  exported: ExportedFile;
}

export interface SiteFolderSave {
  pending: PendingOverwrite | undefined;
  /** "Choose site folder": opens the picker at once, then tells where the file would go. */
  choose: (fileName: string) => Promise<void>;
  /** "Save to site folder" (the folder is chosen now if none was); the export is made after. */
  save: (exported: () => Promise<ExportedFile>) => Promise<void>;
  overwrite: () => Promise<void>;
  keep: () => void;
}

type Stores = FolderHandleStore & SettingsStore;

/**
 * Saving into the site folder. The folder is chosen once and remembered (its handle in
 * IndexedDB); write permission is asked again when the browser has dropped it; a folder without
 * content/ is refused; the file goes where the site keeps its issues (findIssueFolder); a file
 * there that is neither what Broadsheet imported nor what it last exported is replaced only when
 * the editor says so. Every outcome is reported. The picker and the permission question come
 * before any other work: the browser allows them only while the click is fresh.
 */
export function useSiteFolderSave(
  stores: Stores,
  report: (message: ExportMessage) => void,
): SiteFolderSave {
  const [pending, setPending] = useState<PendingOverwrite | undefined>();

  const write = async (target: PendingOverwrite) => {
    await writeTextFile(target.folder, target.exported.name, target.exported.text);
    await rememberExportedText(stores, target.exported.issue.id, target.exported.text);
    report(siteFolderMessages.saved(target.file, target.site));
  };

  const choose = async (fileName: string) => {
    let site = 'the folder';
    try {
      const root = await pickFolder();
      site = root.name;
      const place = await findIssueFolder(root, fileName);
      if (!place) return report(siteFolderMessages.noContent(site));
      await rememberSiteFolder(stores, root, Date.now());
      report(siteFolderMessages.chosen(`${place.path}/${fileName}`, site));
    } catch (error) {
      report(saveFailureMessage(error, site, undefined));
    }
  };

  const save = async (exported: () => Promise<ExportedFile>) => {
    setPending(undefined);
    let site = 'the folder';
    let file: string | undefined;
    try {
      const remembered = await rememberedSiteFolder(stores);
      const root = remembered ?? (await pickFolder());
      site = root.name;
      if (!(await hasWritePermission(root))) return report(siteFolderMessages.refused(site));
      const made = await exported();
      const place = await findIssueFolder(root, made.name);
      if (!place) return report(siteFolderMessages.noContent(site));
      if (!remembered) await rememberSiteFolder(stores, root, Date.now());
      file = `${place.path}/${made.name}`;
      const target = { folder: place.folder, file, site, exported: made };
      if (await isOursToReplace(stores, target)) await write(target);
      else setPending(target);
    } catch (error) {
      report(saveFailureMessage(error, site, file));
    }
  };

  const overwrite = async () => {
    const target = pending;
    setPending(undefined);
    if (!target) return;
    try {
      await write(target);
    } catch (error) {
      report(saveFailureMessage(error, target.site, target.file));
    }
  };

  const keep = () => {
    if (pending) report(siteFolderMessages.kept(pending.file));
    setPending(undefined);
  };

  return { pending, choose, save, overwrite, keep };
}

/**
 * True when no file is there, or the file is byte for byte the new export, the file the issue
 * was imported from, or what Broadsheet last exported: replacing it loses nobody's work.
 */
async function isOursToReplace(stores: SettingsStore, target: PendingOverwrite): Promise<boolean> {
  const there = await readFileBytes(target.folder, target.exported.name);
  if (!there) return true;
  const texts = [target.exported.text, ...(await knownTexts(stores, target.exported.issue))];
  const encoder = new TextEncoder();
  return texts.some((text) => sameBytes(encoder.encode(text), there));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
