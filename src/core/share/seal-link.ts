import { encodeBase64Url } from './encode-base64url.ts';
import { crc32 } from './crc32.ts';
import { CHECKSUM_BYTES } from './link-envelope.ts';

// The writing side of the envelope (link-envelope.ts reads it), apart so that a page that only
// reads links does not carry it.

/**
 * The fragment (without "#") of a link in the format of `tag` carrying `bytes`, deflated by the
 * caller's deflater (against the format's dictionary, if it has one) into `deflated`.
 */
export function sealLink(tag: string, bytes: Uint8Array, deflated: Uint8Array): string {
  const payload = new Uint8Array(CHECKSUM_BYTES + deflated.length);
  new DataView(payload.buffer).setUint32(0, crc32(bytes));
  payload.set(deflated, CHECKSUM_BYTES);
  return `${tag}.${encodeBase64Url(payload)}`;
}
