/**
 * Deflate-raw with no compression: stored blocks of at most 65,535 bytes (RFC 1951, 3.2.4),
 * which any inflater reads. `final` marks the last block as the stream's end; without it more
 * blocks may follow (a preset dictionary is fed to an inflater this way).
 */
export function storedDeflate(bytes: Uint8Array, final = true): Uint8Array {
  const blocks = Math.max(1, Math.ceil(bytes.length / 0xffff));
  const out = new Uint8Array(bytes.length + blocks * 5);
  let at = 0;
  for (let block = 0; block < blocks; block++) {
    const chunk = bytes.subarray(block * 0xffff, (block + 1) * 0xffff);
    out[at] = final && block === blocks - 1 ? 1 : 0;
    out[at + 1] = chunk.length & 0xff;
    out[at + 2] = chunk.length >> 8;
    out[at + 3] = ~chunk.length & 0xff;
    out[at + 4] = (~chunk.length >> 8) & 0xff;
    out.set(chunk, at + 5);
    at += 5 + chunk.length;
  }
  return out;
}
