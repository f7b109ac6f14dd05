// The text a link carries: UTF-8 with no control characters other than tab, line feed,
// vertical tab, form feed and carriage return (Word pastes vertical tabs for line breaks).

/** The characters a link's text never holds (bytes-of-text.ts writes U+FFFD for them). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F\u007F]/;

/** The text in the bytes, or undefined if they are not UTF-8 text (invalid UTF-8, NUL, binary). */
export function textFromBytes(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return CONTROL_CHARACTER.test(text) ? undefined : text;
}
