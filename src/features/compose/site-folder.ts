import type { FolderHandleStore } from '../../persistence/issue-repository';

// The File System Access API, as far as the export uses it (Chromium browsers have it; the DOM
// types do not describe the picker and the permission calls).

type Permission = 'granted' | 'denied' | 'prompt';

export interface WritableFile {
  write: (data: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface FileHandle {
  createWritable: () => Promise<WritableFile>;
}

export interface DirectoryHandle {
  readonly name: string;
  getDirectoryHandle: (name: string, options?: { create?: boolean }) => Promise<DirectoryHandle>;
  getFileHandle: (name: string, options?: { create?: boolean }) => Promise<FileHandle>;
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<Permission>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<Permission>;
}

type Picker = (options: { id?: string; mode?: 'readwrite' }) => Promise<DirectoryHandle>;

/** The id of the saved site folder in the repository's folder handles. */
export const SITE_FOLDER_ID = 'site-folder';

/** Where a Hugo site keeps the newsletter's issues, from the folder chosen. */
export const ARCHIVE_PATH = ['content', 'en', 'archives'] as const;

function picker(): Picker | undefined {
  if (typeof window === 'undefined') return undefined;
  const candidate = (window as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker;
  return typeof candidate === 'function' ? candidate.bind(window) : undefined;
}

/** True where the browser can write into a folder the user chooses. */
export function canSaveToFolder(): boolean {
  return picker() !== undefined;
}

/** Asks the user for the site folder and remembers it; rejects with an AbortError if cancelled. */
export async function chooseSiteFolder(
  store: FolderHandleStore,
  now: number,
): Promise<DirectoryHandle> {
  const choose = picker();
  if (!choose) throw new Error('This browser cannot save into a folder.');
  const handle = await choose({ id: 'broadsheet-site', mode: 'readwrite' });
  await store.putFolderHandle({ id: SITE_FOLDER_ID, name: handle.name, handle, savedAt: now });
  return handle;
}

/** The site folder chosen before, if one was. */
export async function rememberedSiteFolder(
  store: FolderHandleStore,
): Promise<DirectoryHandle | undefined> {
  const record = await store.getFolderHandle(SITE_FOLDER_ID);
  const handle = record?.handle as DirectoryHandle | undefined;
  return handle && typeof handle.getFileHandle === 'function' ? handle : undefined;
}

/** Write permission on a remembered folder: asked again when the browser has dropped it. */
export async function hasWritePermission(handle: DirectoryHandle): Promise<boolean> {
  const mode = { mode: 'readwrite' } as const;
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission(mode)) === 'granted') return true;
  return (await handle.requestPermission(mode)) === 'granted';
}

/**
 * Where the file goes: `content/en/archives/` inside the chosen folder when it has one (the
 * folder is the site's repository), else the chosen folder itself. `path` is for messages.
 */
export async function exportFolder(
  root: DirectoryHandle,
): Promise<{ folder: DirectoryHandle; path: string }> {
  let folder = root;
  try {
    for (const part of ARCHIVE_PATH) folder = await folder.getDirectoryHandle(part);
    return { folder, path: `${root.name}/${ARCHIVE_PATH.join('/')}` };
  } catch (error) {
    if (isNamed(error, 'NotFoundError') || isNamed(error, 'TypeMismatchError'))
      return { folder: root, path: root.name };
    throw error;
  }
}

export async function fileExists(folder: DirectoryHandle, name: string): Promise<boolean> {
  try {
    await folder.getFileHandle(name);
    return true;
  } catch (error) {
    if (isNamed(error, 'NotFoundError')) return false;
    throw error;
  }
}

/** Writes the text as it is (UTF-8), replacing the file's content. */
export async function writeTextFile(
  folder: DirectoryHandle,
  name: string,
  text: string,
): Promise<void> {
  const file = await folder.getFileHandle(name, { create: true });
  const writable = await file.createWritable();
  await writable.write(text);
  await writable.close();
}

/** A DOMException (or any error) by name; DOMException is not always an Error instance. */
export function isNamed(error: unknown, name: string): boolean {
  return (error as { name?: unknown } | null)?.name === name;
}
