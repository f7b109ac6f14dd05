import { isNamed, type DirectoryHandle } from './site-folder';

/** Where the issue's file goes inside the site folder. */
export interface IssueFolder {
  folder: DirectoryHandle;
  /** The folder's path from the site's root, such as `content/en/archives`. */
  path: string;
}

interface Visit extends IssueFolder {
  depth: number;
}

/** How far below content/ the search looks, and how many folders it opens at most. */
const MAX_DEPTH = 4;
const MAX_FOLDERS = 400;

/**
 * Where a Hugo site keeps the newsletter's issues, learned from how its `content/` folder is laid
 * out, looked through breadth first (a folder's subfolders in name order, hidden ones skipped):
 *
 * 1. the first folder that already holds the issue's file (`056.md`): the issue lives there;
 * 2. else the folder holding the most files named like it but for their numbers (`055.md`,
 *    `057.md` for `056.md`; `eks-news-055.md` for `eks-news-056.md`): the other issues live
 *    there; on a tie, the one met first;
 * 3. else `content/` itself.
 *
 * Undefined when the chosen folder has no `content/`: it is not the root of a Hugo site.
 */
export async function findIssueFolder(
  root: DirectoryHandle,
  fileName: string,
): Promise<IssueFolder | undefined> {
  const content = await subfolder(root, 'content');
  if (!content) return undefined;
  const shape = numberShape(fileName);
  const queue: Visit[] = [{ folder: content, path: 'content', depth: 0 }];
  let best: IssueFolder = queue[0]!;
  let bestCount = 0;
  for (let opened = 0; opened < MAX_FOLDERS && queue.length > 0; opened++) {
    const at = queue.shift()!;
    const { files, folders } = await listFolder(at.folder);
    if (files.includes(fileName)) return { folder: at.folder, path: at.path };
    const count = shape ? files.filter((name) => numberShape(name) === shape).length : 0;
    if (count > bestCount) [best, bestCount] = [{ folder: at.folder, path: at.path }, count];
    if (at.depth >= MAX_DEPTH) continue;
    for (const folder of folders)
      queue.push({ folder, path: `${at.path}/${folder.name}`, depth: at.depth + 1 });
  }
  return best;
}

/** The name with each run of digits as `#`, or undefined for a name without a number. */
function numberShape(name: string): string | undefined {
  return /\d/.test(name) ? name.replace(/\d+/g, '#') : undefined;
}

async function subfolder(
  root: DirectoryHandle,
  name: string,
): Promise<DirectoryHandle | undefined> {
  try {
    return await root.getDirectoryHandle(name);
  } catch (error) {
    if (isNamed(error, 'NotFoundError') || isNamed(error, 'TypeMismatchError')) return undefined;
    throw error;
  }
}

async function listFolder(
  folder: DirectoryHandle,
): Promise<{ files: string[]; folders: DirectoryHandle[] }> {
  const files: string[] = [];
  const folders: DirectoryHandle[] = [];
  for await (const entry of folder.values()) {
    if (entry.kind === 'file') files.push(entry.name);
    else if (!entry.name.startsWith('.')) folders.push(entry);
  }
  folders.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, folders };
}
