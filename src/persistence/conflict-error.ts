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

/** Throws a ConflictError when a guarded write finds another revision than the one expected. */
export function checkExpectedRevision(
  issueId: string,
  expectedRevision: number | undefined,
  storedRevision: number,
): void {
  if (expectedRevision !== undefined && expectedRevision !== storedRevision) {
    throw new ConflictError(issueId, expectedRevision, storedRevision);
  }
}
