/**
 * A write was made against a revision that is no longer the stored one: another tab (or another
 * writer) saved the issue in between. The caller must not retry blindly; it reloads, follows or
 * takes over.
 */
export class ConflictError extends Error {
  readonly issueId: string;
  readonly expectedRevision: number;
  readonly actualRevision: number;

  constructor(issueId: string, expectedRevision: number, actualRevision: number) {
    super(
      `Issue ${issueId} was saved elsewhere: expected revision ${expectedRevision}, found ${actualRevision}`,
    );
    this.name = 'ConflictError';
    this.issueId = issueId;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
  }
}

/**
 * Why a stored issue is gone: another tab or window deleted it, or the browser cleared the site's
 * data (the whole database went, and was created anew empty).
 */
export type GoneReason = 'deleted' | 'storage-cleared';

/**
 * A write was made against a revision of an issue that is not stored any more. Still a conflict
 * for callers that only ask whether the write was refused, but the editor tells it apart: there
 * is no newer version to take, only this tab's copy to store again.
 */
export class IssueGoneError extends ConflictError {
  readonly reason: GoneReason;

  constructor(issueId: string, expectedRevision: number, reason: GoneReason) {
    super(issueId, expectedRevision, 0);
    this.message = `Issue ${issueId} is no longer stored (${reason}): expected revision ${expectedRevision}`;
    this.name = 'IssueGoneError';
    this.reason = reason;
  }
}

/**
 * Throws a ConflictError when a guarded write finds another revision than the one expected, an
 * IssueGoneError when it finds none at all (`goneReason` says why, when the caller knows).
 */
export function checkExpectedRevision(
  issueId: string,
  expectedRevision: number | undefined,
  storedRevision: number,
  goneReason: () => GoneReason = () => 'deleted',
): void {
  if (expectedRevision === undefined || expectedRevision === storedRevision) return;
  if (storedRevision === 0) throw new IssueGoneError(issueId, expectedRevision, goneReason());
  throw new ConflictError(issueId, expectedRevision, storedRevision);
}
