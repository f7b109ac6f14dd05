import type * as Y from 'yjs';
import type { Issue } from '../model/types';
import { ISSUE_SCHEMA_VERSION } from '../model/schema/issue-migrations';
import { enclosingBlock } from './enclosing-block';
import { issueDocNames } from './issue-doc-names';
import { readBlockFromDoc } from './read-block-from-doc';
import { readIssueFromDoc } from './read-issue-from-doc';
import { readTopFields } from './read-top-fields';
import { replaceBlocks } from './replace-blocks';
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
  /**
   * Says that `issue` reads the same as what current() last returned (its unchanged parts may be
   * the caller's own objects): while nothing changed since, later reads build on it, and a write
   * from it keeps it current, so a change made elsewhere costs a read of the blocks it touched.
   */
  agree(issue: Issue): void;
  /** Calls `listener` after each change that came from elsewhere (another client, a reload). */
  onRemoteChange(listener: () => void): () => void;
  destroy(): void;
}

/**
 * The model's view of an issue document: what the editor (or a Node client) reads from it and
 * writes to it. Reading is lazy, and in proportion to the change: a burst of remote keystrokes
 * costs one read, when it is asked for, of the blocks they were typed into (and of the issue's
 * plain fields that changed, such as when it was edited); a change to anything else (a list of
 * blocks, a section, the front matter, the status) reads the whole issue.
 */
export function bindIssueDoc(doc: Y.Doc): IssueDocBinding {
  const origin = Symbol('issue-doc-binding');
  const listeners = new Set<() => void>();
  let cached: Issue | undefined;
  let stale = true;
  const root = doc.getMap<unknown>(issueDocNames.issue);
  /** Blocks and plain fields of the issue's map others changed since `cached` was read. */
  const touched = new Set<Y.Map<unknown>>();
  const topKeys = new Set<string>();
  const changes = () => touched.size + topKeys.size;
  const forget = () => {
    touched.clear();
    topKeys.clear();
  };
  const onUpdate = (_update: Uint8Array, from: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    if (from === origin) return;
    if (!stale) noteChanges(tr);
    for (const listener of listeners) listener();
  };
  const noteChanges = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      const isRoot = (type as unknown) === root;
      const block = isRoot ? undefined : enclosingBlock(type);
      if (block !== undefined) touched.add(block);
      else if (isRoot && !keys.has(null)) keys.forEach((key) => topKeys.add(key as string));
      else {
        stale = true;
        forget();
        return;
      }
    }
  };
  doc.on('update', onUpdate);
  const current = () => {
    if (!stale && changes() > 0) cached = patched();
    if (stale || cached === undefined) {
      cached = readIssueFromDoc(doc);
      stale = false;
    }
    forget();
    return cached;
  };
  const patched = (): Issue | undefined => {
    const version = doc.getMap<unknown>(issueDocNames.meta).get(issueDocNames.schemaVersion);
    if (cached === undefined || version !== ISSUE_SCHEMA_VERSION) return undefined;
    const blocks = [...touched].map((map) =>
      map._item?.deleted ? undefined : readBlockFromDoc(map),
    );
    if (blocks.includes(undefined)) return undefined;
    const withBlocks = replaceBlocks(cached, blocks as NonNullable<(typeof blocks)[number]>[]);
    return withBlocks && (topKeys.size > 0 ? readTopFields(withBlocks, root, topKeys) : withBlocks);
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
      // From what the document held, the write made it `after` (blocks others touched aside).
      if (!stale && before !== undefined && before === cached) cached = after;
      else stale = true;
    },
    agree(issue) {
      if (!stale && changes() === 0) cached = issue;
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
