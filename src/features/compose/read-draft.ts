// Reading a draft to open it: the stored issue and the template it belongs to. main.tsx starts
// the read of the issue the page opens on as soon as storage is open (readDraftAhead), while the
// screen's code runs and the frame renders, from the rows it read straight from IndexedDB before
// (draft-rows-ahead.ts) when it could; the editor then takes that read instead of starting
// its own. A read ahead serves one opening, and only soon after it started; one that has already
// finished is taken as it is (settledDraft), so the editor renders with it in its first pass.

import type { DraftRowsAhead } from '../../persistence/draft-rows-ahead';
import type {
  IssueRepository,
  StoredIssue,
  TemplateStore,
} from '../../persistence/issue-repository';
import {
  storedFromRowsAhead,
  templatesFromRowsAhead,
} from '../../persistence/stored-from-rows-ahead';
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

/**
 * Starts reading the draft the page opens on, for the editor's readDraft to take: from `rows`,
 * read from `repository`'s own database, unless they could not be read (undefined).
 */
export function readDraftAhead(
  repository: IssueRepository,
  issueId: string,
  rows?: Promise<DraftRowsAhead | undefined>,
): void {
  const startedAt = performance.now();
  const ahead: Ahead = { issueId, startedAt, read: readWithRows(repository, issueId, rows) };
  // A failure reaches the editor when it takes the read; until then it is no one's to report.
  ahead.read.then(
    (draft) => (ahead.done = { draft }),
    () => undefined,
  );
  aheadOf.set(repository, ahead);
}

function readWithRows(
  repository: IssueRepository,
  issueId: string,
  rows: Promise<DraftRowsAhead | undefined> | undefined,
): Promise<DraftRead | null> {
  if (rows === undefined) return read(repository, issueId);
  return rows.then((found) => (found ? readRows(found) : read(repository, issueId)));
}

async function readRows(rows: DraftRowsAhead): Promise<DraftRead | null> {
  const all = await templatesOf({ listTemplates: async () => templatesFromRowsAhead(rows) });
  return draftRead(storedFromRowsAhead(rows), all);
}

async function read(repository: IssueRepository, issueId: string): Promise<DraftRead | null> {
  const [stored, all] = await Promise.all([repository.get(issueId), templatesOf(repository)]);
  return draftRead(stored, all);
}

/** The library's templates; those that cannot be read leave the built-in ones. */
function templatesOf(
  store: Pick<TemplateStore, 'listTemplates'>,
): Promise<readonly NewsletterTemplate[]> {
  return readTemplates(store).then(
    ({ all }) => all,
    () => BUILT_IN_TEMPLATES,
  );
}

function draftRead(
  stored: StoredIssue | undefined,
  templates: readonly NewsletterTemplate[],
): DraftRead | null {
  return stored ? { stored, template: templateOfIssue(stored.issue, templates) } : null;
}
