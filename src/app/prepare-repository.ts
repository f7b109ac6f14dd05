// Opens storage and loads the sample on first run, before any screen renders, so the library
// never flashes empty. A failed sample load is reported, not fatal.

import type { RepositoryState } from '../components/repository-context';
import { seedSampleIssue } from './seed-sample';

export async function prepareRepository(
  open: () => Promise<RepositoryState>,
): Promise<RepositoryState> {
  const state = await open();
  try {
    await seedSampleIssue(state.repository);
    return state;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const problem = `The sample issue could not be loaded: ${reason}`;
    return { ...state, problem: state.problem ? `${state.problem}. ${problem}` : problem };
  }
}
