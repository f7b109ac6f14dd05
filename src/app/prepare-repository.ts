// Opens storage and loads the sample on first run, before any screen renders, so the library
// never flashes empty. A failed sample load is reported, not fatal. Tabs opened together at the
// very first run take turns under a Web Lock: the second finds the sample loaded, not an empty
// library to load it into again.

import type { RepositoryState } from '../components/repository-context';
import type { Locks } from '../features/storage/edit-lock';
import { sampleLoaded, seedSampleIssue } from './seed-sample';

/** The lock first-run tabs take turns under. */
export const SAMPLE_LOCK = 'broadsheet:first-run-sample';

/**
 * Opens storage, then loads the sample on the first run. `pastFirstRun` may tell, from a read
 * the opening page made of the database before, that it holds drafts (the one the page opens):
 * a library that is not empty never gets the sample, so the screen need not wait for the check.
 */
export async function prepareRepository(
  open: () => Promise<RepositoryState>,
  locks?: Locks,
  pastFirstRun?: () => Promise<boolean>,
): Promise<RepositoryState> {
  const state = await open();
  try {
    if (state.persistent && (await pastFirstRun?.())) return state;
    // Every run but the first finds the sample loaded, and waits for no lock.
    if (await sampleLoaded(state.repository)) return state;
    const seed = () => seedSampleIssue(state.repository);
    await (locks ? locks.request(SAMPLE_LOCK, seed) : seed());
    return state;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const problem = `The sample issue could not be loaded: ${reason}`;
    return { ...state, problem: state.problem ? `${state.problem}. ${problem}` : problem };
  }
}
