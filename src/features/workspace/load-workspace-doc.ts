import * as Y from 'yjs';
import type { WorkspaceStore } from '../../persistence/workspace-store';

/** Updates kept for one document before they are folded into one. */
const COMPACT_AFTER = 200;

const LOADED = Symbol('stored updates');

export interface StoredWorkspaceDoc {
  doc: Y.Doc;
  /** Stops storing the document's updates. */
  stop(): void;
  /** The last failure to store an update, if any (storage full, cleared). */
  problem(): string | undefined;
}

/**
 * The offline copy of a workspace issue's document: its stored updates applied, then every new
 * update (typed here or received from the server) stored as it comes, so the issue opens and is
 * edited without the server and nothing received is fetched twice. Many stored updates are
 * folded into one first.
 */
export async function loadWorkspaceDoc(
  store: WorkspaceStore,
  issueId: string,
  onProblem: () => void,
): Promise<StoredWorkspaceDoc> {
  const doc = new Y.Doc();
  const updates = await store.loadUpdates(issueId);
  doc.transact(() => updates.forEach((update) => Y.applyUpdate(doc, update)), LOADED);
  if (updates.length > COMPACT_AFTER) {
    await store.compactUpdates(issueId, Y.encodeStateAsUpdate(doc), updates.length);
  }
  let problem: string | undefined;
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOADED) return;
    store.addUpdate(issueId, update).catch((error: unknown) => {
      problem = error instanceof Error ? error.message : String(error);
      onProblem();
    });
  };
  doc.on('update', onUpdate);
  return { doc, stop: () => doc.off('update', onUpdate), problem: () => problem };
}
