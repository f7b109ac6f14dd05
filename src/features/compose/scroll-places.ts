/** Where an issue was left: the first block visible then, and its top's distance from the top. */
export interface ScrollPlace {
  blockId: string;
  offset: number;
}

const key = (issueId: string) => `broadsheet.scroll.${issueId}`;

function parse(text: string | null): ScrollPlace | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { blockId, offset } = value as Record<string, unknown>;
    return typeof blockId === 'string' && typeof offset === 'number' && Number.isFinite(offset)
      ? { blockId, offset }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The scroll place of each issue, kept in this browser's local storage (a convenience: where
 * storage is refused, issues open at the top).
 */
export const scrollPlaces = {
  read(issueId: string): ScrollPlace | undefined {
    try {
      return parse(localStorage.getItem(key(issueId)));
    } catch {
      return undefined;
    }
  },
  /** Keeps `place`, or forgets the issue's place for undefined (it was left at the top). */
  write(issueId: string, place: ScrollPlace | undefined): void {
    try {
      if (place) localStorage.setItem(key(issueId), JSON.stringify(place));
      else localStorage.removeItem(key(issueId));
    } catch {
      // Storage full or refused: the place is not kept.
    }
  },
};
