// A folder as the File System Access API hands it out, kept in memory: for component tests of
// saving into the site folder (jsdom has no file system). Files hold strings. As in the browser,
// getFileHandle with create makes an empty file at once, and a writable's text replaces the
// file's only on close, so a failed write leaves the file as it was.

type Permission = 'granted' | 'denied' | 'prompt';

const notFound = (name: string) => new DOMException(`${name} not found`, 'NotFoundError');

export class FakeFolder {
  readonly kind = 'directory' as const;
  readonly files = new Map<string, string>();
  readonly folders = new Map<string, FakeFolder>();
  /** What queryPermission says, and what requestPermission answers. */
  permission: Permission = 'granted';
  answer: Permission = 'granted';
  requested = 0;
  /** Thrown by the next writes, such as a QuotaExceededError. */
  writeError: DOMException | undefined;

  constructor(readonly name: string) {}

  async getDirectoryHandle(name: string): Promise<FakeFolder> {
    const folder = this.folders.get(name);
    if (folder) return folder;
    if (this.files.has(name)) throw new DOMException(`${name} is a file`, 'TypeMismatchError');
    throw notFound(name);
  }

  async getFileHandle(name: string, options: { create?: boolean } = {}) {
    if (!this.files.has(name)) {
      if (!options.create) throw notFound(name);
      this.files.set(name, '');
    }
    return this.fileHandle(name);
  }

  async removeEntry(name: string) {
    if (!this.files.delete(name) && !this.folders.delete(name)) throw notFound(name);
  }

  async *values() {
    for (const folder of this.folders.values()) yield folder;
    for (const name of this.files.keys()) yield this.fileHandle(name);
  }

  async queryPermission() {
    return this.permission;
  }

  async requestPermission() {
    this.requested++;
    this.permission = this.answer;
    return this.permission;
  }

  /** The folder at a path below this one, made if missing. */
  folder(path: string): FakeFolder {
    return path.split('/').reduce<FakeFolder>((at, part) => {
      const next = at.folders.get(part) ?? new FakeFolder(part);
      at.folders.set(part, next);
      return next;
    }, this);
  }

  private fileHandle(name: string) {
    return {
      kind: 'file' as const,
      name,
      getFile: async () => ({
        arrayBuffer: async () =>
          new TextEncoder().encode(this.files.get(name) ?? '').buffer as ArrayBuffer,
      }),
      createWritable: async () => {
        let written = '';
        return {
          write: async (data: string) => {
            if (this.writeError) throw this.writeError;
            written += data;
          },
          close: async () => void this.files.set(name, written),
          abort: async () => undefined,
        };
      },
    };
  }
}
