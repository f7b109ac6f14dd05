// The browser's directory picker (Chromium's File System Access API), where there is one: every
// file of the chosen folder and its subfolders, hidden folders left out. Elsewhere the archive
// import falls back to `<input type=file webkitdirectory>`.

interface FileHandleLike {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
}

interface DirectoryHandleLike {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<FileHandleLike | DirectoryHandleLike>;
}

type DirectoryPicker = (options?: { id?: string; mode?: 'read' }) => Promise<DirectoryHandleLike>;

function directoryPicker(): DirectoryPicker | undefined {
  if (typeof window === 'undefined') return undefined;
  const picker = (window as Window & { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(window) : undefined;
}

export function canPickDirectory(): boolean {
  return directoryPicker() !== undefined;
}

/** The files of a folder the user picks; undefined when they cancel the picker. */
export async function pickDirectoryFiles(): Promise<File[] | undefined> {
  const picker = directoryPicker();
  if (picker === undefined) return undefined;
  let directory: DirectoryHandleLike;
  try {
    directory = await picker({ id: 'broadsheet-archive', mode: 'read' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
  const files: File[] = [];
  await collectFiles(directory, files);
  return files;
}

async function collectFiles(directory: DirectoryHandleLike, into: File[]): Promise<void> {
  for await (const entry of directory.values()) {
    if (entry.name.startsWith('.')) continue;
    if (entry.kind === 'file') into.push(await entry.getFile());
    else await collectFiles(entry, into);
  }
}
