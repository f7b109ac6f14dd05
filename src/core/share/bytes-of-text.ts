import { CONTROL_CHARACTER } from './share-text.ts';

// The writing side of share-text.ts, apart so that a page that only reads links does not carry it.

const CONTROL_ALL = new RegExp(CONTROL_CHARACTER.source, 'g');
const encoder = new TextEncoder();

/**
 * UTF-8 bytes of the text. Characters that cannot travel as text are replaced with U+FFFD, as
 * TextEncoder already does for lone surrogates: NUL and the other control characters that
 * textFromBytes (share-text.ts) refuses, so every encoded link decodes.
 */
export function bytesOfText(text: string): Uint8Array {
  return encoder.encode(text.replace(CONTROL_ALL, '\uFFFD'));
}
