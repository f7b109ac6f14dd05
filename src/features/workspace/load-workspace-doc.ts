import * as Y from 'yjs';
import type { WorkspaceStore } from '../../persistence/workspace-store';
import { storeInBatches } from './store-in-batches';

/** Updates kept for one document before they are folded into one. */
const COMPACT_AFTER = 200;

const LOADED = Symbol('stored updates');

export interface StoredWorkspaceDoc {
  doc: Y.Doc;
  /** Stores what waits, and stops storing the document's updates. */
  stop(): void;
  /** The last failure to store an update, if any (storage full, cleared). */
  problem(): string | undefined;
}

/**
 * The offline copy of a workspace issue's document: its stored updates applied, then every new
 * update (typed here or received from the server) stored, a burst of them merged into one write
 * (storeInBatches: at once when the page is hidden or left), so the issue opens and is edited
 * without the server and nothing received is fetched twice. Many stored updates are folded into
 * one first.
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
  const batches = storeInBatches((update) =>
    store.addUpdate(issueId, update).catch((error: unknown) => {
      problem = error instanceof Error ? error.message : String(error);
      onProblem();
    }),
  );
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== LOADED) batches.add(update);
  };
  doc.on('update', onUpdate);
  const stop = () => {
    doc.off('update', onUpdate);
    batches.stop();
  };
  return { doc, stop, problem: () => problem };
}
