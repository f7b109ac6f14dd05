// The text a link carries: UTF-8 with no control characters other than tab, line feed,
// vertical tab, form feed and carriage return (Word pastes vertical tabs for line breaks).

// eslint-disable-next-line no-control-regex -- control characters are exactly what these find
const CONTROL_ALL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ANY = /[\u0000-\u0008\u000E-\u001F\u007F]/;

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of the text. Characters that cannot travel as text are replaced with U+FFFD, as
 * TextEncoder already does for lone surrogates: NUL and the other control characters that
 * {@link textFromBytes} refuses, so every encoded link decodes.
 */
export function bytesOfText(text: string): Uint8Array {
  return encoder.encode(text.replace(CONTROL_ALL, '\uFFFD'));
}

/** The text in the bytes, or undefined if they are not UTF-8 text (invalid UTF-8, NUL, binary). */
export function textFromBytes(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return CONTROL_ANY.test(text) ? undefined : text;
}
