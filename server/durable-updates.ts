import type { Extension, afterLoadDocumentPayload } from '@hocuspocus/server';
import type { WorkspaceStore } from './workspace-store';

/**
 * Appends every update of a loaded document to the store as it is applied: synchronously, inside
 * the document's update event, so before the server acknowledges it to the client. Folding the
 * log into one state is left to the debounced store (the database extension).
 */
export function durableUpdates(store: WorkspaceStore): Extension {
  return {
    async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
      document.on('update', (update: Uint8Array) => store.append(documentName, update));
    },
  };
}
