// A hook for the benchmark, loaded only when the page is opened with `?bench` (see main.tsx): it
// times the write an autosave makes, a guarded put of a whole issue, in this browser's real
// IndexedDB. It works on a database of its own, removed afterwards, so drafts are never touched.

import { DexieIssueRepository } from '../persistence/dexie-issue-repository';
import { measureAutosaveWrites, type WriteTiming } from '../persistence/measure-autosave';
import { admitIssue } from '../core/model/schema/admit-issue';

export interface AutosaveBenchHook {
  /** Writes `issue` (as JSON) `runs` times after one-character edits; the times in ms. */
  autosave: (issueJson: string, runs: number) => Promise<WriteTiming>;
}

declare global {
  interface Window {
    broadsheetBench?: AutosaveBenchHook;
  }
}

const BENCH_DATABASE = 'broadsheet-bench';

async function autosave(issueJson: string, runs: number): Promise<WriteTiming> {
  const issue = admitIssue(JSON.parse(issueJson) as unknown);
  const repository = new DexieIssueRepository({ name: BENCH_DATABASE });
  try {
    return await measureAutosaveWrites(repository, issue, runs);
  } finally {
    await repository.db.delete();
  }
}

export function installBenchHook(target: Window): void {
  target.broadsheetBench = { autosave };
}
