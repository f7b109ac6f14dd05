import { describe, expect, it } from 'vitest';
import { shareDictionaries } from '../../../test/helpers/share-dictionaries.ts';
import {
  OLD_ISSUE_LINKS,
  OLD_NOTES,
  OLD_NOTES_LINKS,
} from '../../../test/helpers/share-link-fixtures.ts';
import type { IssueLinkVersion } from './link-formats.ts';
import { decodeNotesLink, encodeNotesLink } from './notes-link.ts';
import type { ReviewNotes } from './review-notes.ts';
import { decodeShareLink, encodeShareLinkAs } from './share-link.ts';

// Links out in mail and chat keep opening: each fixture was written by the codec of its day.
// The encoders still write them byte for byte, so link lengths (and the bench) do not move.

describe('links made by earlier versions', () => {
  it.each(OLD_ISSUE_LINKS)('$name opens to the same markdown', ({ fragment, markdown }) => {
    expect(decodeShareLink(fragment, shareDictionaries)).toEqual({ ok: true, markdown });
  });

  it.each(OLD_NOTES_LINKS)('$name opens to the same notes', ({ fragment }) => {
    expect(decodeNotesLink(fragment)).toEqual({ ok: true, notes: OLD_NOTES });
  });

  it.each(OLD_ISSUE_LINKS)(
    '$name is what the encoder still writes',
    ({ name, fragment, markdown }) => {
      const version = name.slice(5) as IssueLinkVersion;
      expect(encodeShareLinkAs(markdown, version, shareDictionaries)).toBe(fragment);
    },
  );

  it('notes links are what the encoder still writes', () => {
    const [written] = OLD_NOTES_LINKS;
    expect(encodeNotesLink(OLD_NOTES as ReviewNotes)).toBe(written?.fragment);
  });
});
