import { ALPHABET } from './base64url.ts';

/** Encodes bytes as unpadded base64url. */
export function encodeBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    parts.push(ALPHABET[a >> 2] ?? '', ALPHABET[((a & 3) << 4) | (b >> 4)] ?? '');
    if (left > 1) parts.push(ALPHABET[((b & 15) << 2) | (c >> 6)] ?? '');
    if (left > 2) parts.push(ALPHABET[c & 63] ?? '');
  }
  return parts.join('');
}
