// Reading a draft to open it: the stored issue and the template it belongs to. main.tsx starts
// the read of the issue the page opens on as soon as storage is open (readDraftAhead), while the
// screen's code runs and the frame renders; the editor then takes that read instead of starting
// its own. A read ahead serves one opening, and only soon after it started; one that has already
// finished is taken as it is (settledDraft), so the editor renders with it in its first pass.

import type { IssueRepository, StoredIssue } from '../../persistence/issue-repository';
import { BUILT_IN_TEMPLATES } from '../../core/template/built-in-templates';
import { templateOfIssue } from '../../core/template/template-of-issue';
import type { NewsletterTemplate } from '../../core/template/template';
import { readTemplates } from '../templates/read-templates';

export interface DraftRead {
  stored: StoredIssue;
  template: NewsletterTemplate;
}

/** How long a read ahead stays good for the opening it was made for. */
const AHEAD_FOR_MS = 10_000;

interface Ahead {
  issueId: string;
  startedAt: number;
  read: Promise<DraftRead | null>;
  /** The read's result, once it has succeeded. */
  done?: { draft: DraftRead | null };
}
const aheadOf = new WeakMap<IssueRepository, Ahead>();

/** The draft `issueId` with its template; null when there is no such draft. */
export function readDraft(repository: IssueRepository, issueId: string): Promise<DraftRead | null> {
  return takeAhead(repository, issueId)?.read ?? read(repository, issueId);
}

/**
 * The draft `issueId` (null when there is none) if a read ahead of it has already succeeded;
 * undefined when there is no such read, or it is still going or failed (readDraft then takes it).
 */
export function settledDraft(
  repository: IssueRepository,
  issueId: string,
): DraftRead | null | undefined {
  const ahead = aheadOf.get(repository);
  if (ahead?.done === undefined) return undefined;
  return takeAhead(repository, issueId)?.done?.draft;
}

/** The read ahead of `issueId`, if it is still good, taken so that it serves one opening. */
function takeAhead(repository: IssueRepository, issueId: string): Ahead | undefined {
  const ahead = aheadOf.get(repository);
  aheadOf.delete(repository);
  const fresh = ahead?.issueId === issueId && performance.now() - ahead.startedAt < AHEAD_FOR_MS;
  return fresh ? ahead : undefined;
}

/** Starts reading the draft the page opens on, for the editor's readDraft to take. */
export function readDraftAhead(repository: IssueRepository, issueId: string): void {
  const ahead: Ahead = { issueId, startedAt: performance.now(), read: read(repository, issueId) };
  // A failure reaches the editor when it takes the read; until then it is no one's to report.
  ahead.read.then(
    (draft) => (ahead.done = { draft }),
    () => undefined,
  );
  aheadOf.set(repository, ahead);
}

async function read(repository: IssueRepository, issueId: string): Promise<DraftRead | null> {
  // Templates that cannot be read leave the built-in ones: the draft opens all the same.
  const templates = readTemplates(repository).catch(() => ({ all: BUILT_IN_TEMPLATES }));
  const [stored, { all }] = await Promise.all([repository.get(issueId), templates]);
  return stored ? { stored, template: templateOfIssue(stored.issue, all) } : null;
}
