// What a reviewer or editor reads when a link cannot be opened. Plain sentences that say what
// happened and what to do; never an exception text, and nothing copied from the link itself
// except a short format tag that has been checked to be letters and digits.

export const SHARE_MESSAGES = {
  empty:
    'This link carries nothing to open. Copy the whole link again, including the part after "#".',
  notALink: 'This is not a Broadsheet share link. Copy the whole link again, or ask for a new one.',
  tooLong: 'This link is far longer than any share link; it was not opened.',
  truncated:
    'This link is incomplete: it looks cut off, which some mail clients do to long links. Copy the whole link again, or ask for a review file instead.',
  badCharacters:
    'This link is damaged: it holds characters that a share link never has. It may have been changed while it was copied; copy the whole link again.',
  damaged:
    'This link is damaged and cannot be read. Copy the whole link again, or ask for a new one.',
  tooLarge: 'This link unpacks to more than any issue needs; it was not opened.',
  notText: 'This link does not hold text; it is damaged or was not made by Broadsheet.',
  notesNotIssue:
    'This link carries reviewer notes, not an issue: open it in the editor that holds the issue.',
  issueNotNotes: 'This link carries an issue, not reviewer notes: open it as a preview.',
  dictionaryUnavailable:
    'This page could not load what it needs to read this link. Check your connection and reload the page.',
} as const;

export function unknownFormatMessage(tag: string): string {
  return `This link was made in a newer format (${tag}) than this page can read. Reload the page to update Broadsheet, or ask for a new link.`;
}
