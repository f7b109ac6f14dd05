// The one way the app reads a chosen file as text (an imported issue, an archive file, a review
// file, a backup, a feed): UTF-8, byte for byte. A byte order mark is kept (the exporter writes
// it back), and bytes that are not UTF-8 are refused with the line they are on instead of being
// silently replaced.

import { InputError } from '../core/errors';

export async function readTextFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('this is not a UTF-8 text file', firstBadLine(bytes));
  }
}

/** The line of the first byte sequence that is not UTF-8 (via the lenient decoder's U+FFFD). */
function firstBadLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const index = lenient.indexOf('\uFFFD');
  return lenient.slice(0, Math.max(0, index)).split('\n').length;
}
