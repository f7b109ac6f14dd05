import { createContext, useContext } from 'react';
import type { KeepRevision } from './use-revision-snapshots';

/** The open issue's "keep a revision now", for the moments that matter (export, share). */
export const RevisionMomentsContext = createContext<KeepRevision>(() => undefined);

export function useKeepRevision(): KeepRevision {
  return useContext(RevisionMomentsContext);
}
