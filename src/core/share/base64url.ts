// Base64url (RFC 4648, section 5) without padding: the alphabet that survives a URL fragment
// unescaped. Written out here because atob/btoa work on binary strings and throw on bad input.
// The encoder is in encode-base64url.ts, so a page that only reads links does not carry it.

/** The 64 characters, in the order of their values. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const SEXTET_OF: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i += 1) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/**
 * Decodes unpadded base64url. Returns undefined when the text holds a character outside the
 * alphabet or has a length no encoder produces (4n + 1). Leftover bits of the last character are
 * ignored, as most decoders do, so a link cut after any character still reaches the inflater,
 * which then reports it as cut off.
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const sextet = code < 128 ? (SEXTET_OF[code] ?? -1) : -1;
    if (sextet < 0) return undefined;
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at] = (buffer >> bits) & 0xff;
      at += 1;
    }
  }
  return out;
}
