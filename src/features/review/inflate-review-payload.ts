import type { InflateResult } from '../../core/share/inflate-capped';
import { storedDeflate } from './stored-deflate';

// Inflates a link's deflate stream with the browser's own inflater (DecompressionStream), so the
// page ships no inflater of its own. A preset dictionary is what the inflater has seen before the
// stream: it is fed first as stored blocks, and its bytes are dropped from the output. Input goes
// in small slices and the output is counted as it comes, so a decompression bomb is stopped at
// the cap. When the browser refuses the stream (or has no such inflater), fflate's capped
// inflater, loaded then, gives the exact reason the core decoder would.

/** Each slice inflates to at most about 1032 times its size before the cap is checked. */
const SLICE_BYTES = 2048;

export async function inflateReviewPayload(
  data: Uint8Array,
  dictionary: Uint8Array | undefined,
  maxBytes: number,
): Promise<InflateResult> {
  const native =
    typeof DecompressionStream === 'function'
      ? await inflateNative(data, dictionary, maxBytes)
      : undefined;
  if (native) return native;
  const { inflateCapped } = await import('../../core/share/inflate-capped');
  return inflateCapped(data, { maxBytes, dictionary });
}

/** The result, or undefined when the browser's inflater fails on the data. */
async function inflateNative(
  data: Uint8Array,
  dictionary: Uint8Array | undefined,
  maxBytes: number,
): Promise<InflateResult | undefined> {
  const skip = dictionary?.length ?? 0;
  const input = dictionary ? concatenate([storedDeflate(dictionary, false), data]) : data;
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return undefined;
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  void feed(writer, input).catch(() => undefined);
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      total += value.length;
      if (total - skip > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large', inflatedBytes: total - skip };
      }
    }
  } catch {
    return undefined;
  }
  return { ok: true, bytes: concatenate(parts).slice(skip) };
}

async function feed(writer: WritableStreamDefaultWriter<BufferSource>, input: Uint8Array) {
  for (let at = 0; at < input.length; at += SLICE_BYTES) {
    await writer.write(input.slice(at, at + SLICE_BYTES));
  }
  await writer.close();
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
