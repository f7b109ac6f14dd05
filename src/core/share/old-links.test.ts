import { describe, expect, it } from 'vitest';
import {
  OLD_ISSUE_LINKS,
  OLD_NOTES,
  OLD_NOTES_LINKS,
} from '../../../test/helpers/share-link-fixtures.ts';
import { decodeNotesLink } from './notes-link.ts';
import { decodeShareLink } from './share-link.ts';

// Links out in mail and chat keep opening: each fixture was written by the codec of its day.

describe('links made by earlier versions', () => {
  it.each(OLD_ISSUE_LINKS)('$name opens to the same markdown', ({ fragment, markdown }) => {
    expect(decodeShareLink(fragment)).toEqual({ ok: true, markdown });
  });

  it.each(OLD_NOTES_LINKS)('$name opens to the same notes', ({ fragment }) => {
    expect(decodeNotesLink(fragment)).toEqual({ ok: true, notes: OLD_NOTES });
  });
});
