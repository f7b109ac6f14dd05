// Checks a candidate before it is stored, so a bug or a hostile feed can never leave a row the
// inbox cannot show.

import type { InboxEntry } from './inbox-store';
import {
  expectFiniteNumber,
  expectInteger,
  expectObject,
  expectOptionalString,
  expectString,
  field,
} from '../core/model/schema/validate-primitives';

export function validateInboxEntry(value: unknown, path = 'inbox'): InboxEntry {
  const entry = expectObject(value, path);
  expectString(entry.id, field(path, 'id'));
  expectString(entry.title, field(path, 'title'));
  expectOptionalString(entry.url, field(path, 'url'));
  expectOptionalString(entry.source, field(path, 'source'));
  expectString(entry.excerpt, field(path, 'excerpt'));
  expectFiniteNumber(entry.addedAt, field(path, 'addedAt'));
  expectInteger(entry.seq, field(path, 'seq'), 1, Number.MAX_SAFE_INTEGER);
  return value as InboxEntry;
}
