import type * as Y from 'yjs';
import type { Issue } from '../model/types';
import { readIssueFromDoc } from './read-issue-from-doc';
import { writeIssueToDoc } from './write-issue-to-doc';

export interface IssueDocBinding {
  /** The issue the document holds now; read again only after someone else changed it. */
  current(): Issue | undefined;
  /**
   * Makes an edit here: `change` gets the issue as the document holds it now (others' edits
   * included) and only what it changed is written, so nobody's edit is undone by a stale copy.
   */
  edit(change: (issue: Issue) => Issue): Issue | undefined;
  /**
   * Writes an edit made on a copy of the issue read earlier (an editor's store): only what
   * changed from `before` to `after`, where it falls in the document now, so what others changed
   * since `before` was read stays. `before` undefined writes the whole issue (an empty document).
   */
  write(before: Issue | undefined, after: Issue): void;
  /** Calls `listener` after each change that came from elsewhere (another client, a reload). */
  onRemoteChange(listener: () => void): () => void;
  destroy(): void;
}

/**
 * The model's view of an issue document: what the editor (or a Node client) reads from it and
 * writes to it. Reading is lazy: a burst of remote keystrokes costs one read, when it is asked for.
 */
export function bindIssueDoc(doc: Y.Doc): IssueDocBinding {
  const origin = Symbol('issue-doc-binding');
  const listeners = new Set<() => void>();
  let cached: Issue | undefined;
  let stale = true;
  const onUpdate = (_update: Uint8Array, from: unknown) => {
    if (from === origin) return;
    stale = true;
    for (const listener of listeners) listener();
  };
  doc.on('update', onUpdate);
  const current = () => {
    if (stale) {
      cached = readIssueFromDoc(doc);
      stale = false;
    }
    return cached;
  };
  return {
    current,
    edit(change) {
      const before = current();
      if (!before) return undefined;
      const after = change(before);
      if (after !== before) writeIssueToDoc(doc, before, after, origin);
      cached = after;
      return after;
    },
    write(before, after) {
      if (before === after) return;
      writeIssueToDoc(doc, before, after, origin);
      stale = true;
    },
    onRemoteChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('update', onUpdate);
      listeners.clear();
    },
  };
}
