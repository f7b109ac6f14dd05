import type { FolderHandleStore } from '../../persistence/issue-repository';

// The File System Access API, as far as saving into the site folder uses it. Chromium browsers
// have it; the DOM types do not describe the picker and the permission calls. The origin private
// file system (navigator.storage.getDirectory()) hands out handles of the same shape.

type Permission = 'granted' | 'denied' | 'prompt';

export interface WritableFile {
  write: (data: string) => Promise<void>;
  close: () => Promise<void>;
  abort?: () => Promise<void>;
}

export interface FileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile: () => Promise<{ arrayBuffer: () => Promise<ArrayBuffer> }>;
  createWritable: () => Promise<WritableFile>;
}

export interface DirectoryHandle {
  readonly kind: 'directory';
  readonly name: string;
  getDirectoryHandle: (name: string, options?: { create?: boolean }) => Promise<DirectoryHandle>;
  getFileHandle: (name: string, options?: { create?: boolean }) => Promise<FileHandle>;
  removeEntry: (name: string) => Promise<void>;
  values: () => AsyncIterable<DirectoryHandle | FileHandle>;
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<Permission>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<Permission>;
}

type Picker = (options: { id?: string; mode?: 'readwrite' }) => Promise<DirectoryHandle>;

/** The id of the saved site folder in the repository's folder handles. */
export const SITE_FOLDER_ID = 'site-folder';

function picker(): Picker | undefined {
  if (typeof window === 'undefined') return undefined;
  const candidate = (window as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker;
  return typeof candidate === 'function' ? candidate.bind(window) : undefined;
}

/** True where the browser can write into a folder the user chooses. */
export function canSaveToFolder(): boolean {
  return picker() !== undefined;
}

/**
 * Asks the user for a folder (rejects with an AbortError if cancelled). Call it first thing in
 * a click handler: the browser opens the picker only while the click is fresh.
 */
export function pickFolder(): Promise<DirectoryHandle> {
  const choose = picker();
  if (!choose) return Promise.reject(new Error('This browser cannot save into a folder.'));
  return choose({ id: 'broadsheet-site', mode: 'readwrite' });
}

/** Keeps the folder (IndexedDB stores the handle by structured clone) for the next saves. */
export async function rememberSiteFolder(
  store: FolderHandleStore,
  handle: DirectoryHandle,
  now: number,
): Promise<void> {
  await store.putFolderHandle({ id: SITE_FOLDER_ID, name: handle.name, handle, savedAt: now });
}

/** The site folder chosen before, if one was. */
export async function rememberedSiteFolder(
  store: FolderHandleStore,
): Promise<DirectoryHandle | undefined> {
  const record = await store.getFolderHandle(SITE_FOLDER_ID);
  const handle = record?.handle as DirectoryHandle | undefined;
  return handle && typeof handle.getFileHandle === 'function' ? handle : undefined;
}

/**
 * Write permission on a folder: asked again when the browser has dropped it (after a reload, a
 * remembered folder is back to "prompt"). Asking needs a fresh click, like the picker.
 */
export async function hasWritePermission(handle: DirectoryHandle): Promise<boolean> {
  const mode = { mode: 'readwrite' } as const;
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission(mode)) === 'granted') return true;
  return (await handle.requestPermission(mode)) === 'granted';
}

/** The file's bytes, or undefined when the folder has no such file. */
export async function readFileBytes(
  folder: DirectoryHandle,
  name: string,
): Promise<Uint8Array | undefined> {
  try {
    const file = await folder.getFileHandle(name);
    return new Uint8Array(await (await file.getFile()).arrayBuffer());
  } catch (error) {
    if (isNamed(error, 'NotFoundError')) return undefined;
    throw error;
  }
}

/**
 * Writes the text as it is (UTF-8, the same bytes as a download), replacing the file's content.
 * The browser writes to a temporary file and swaps it in on close: a failed write is abandoned
 * and leaves the file as it was, and a file made for it is removed again.
 */
export async function writeTextFile(
  folder: DirectoryHandle,
  name: string,
  text: string,
): Promise<void> {
  const made = (await readFileBytes(folder, name)) === undefined;
  try {
    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
    try {
      await writable.write(text);
      await writable.close();
    } catch (error) {
      await writable.abort?.().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    if (made) await folder.removeEntry(name).catch(() => undefined);
    throw error;
  }
}

/** A DOMException (or any error) by name; DOMException is not always an Error instance. */
export function isNamed(error: unknown, name: string): boolean {
  return (error as { name?: unknown } | null)?.name === name;
}
