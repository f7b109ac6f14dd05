import { FlateErrorCode, Inflate } from 'fflate';

/**
 * Compressed input is fed to the inflater in slices of this many bytes, and the output size is
 * checked after each slice. Deflate expands at most about 1032 to 1, so the inflater never
 * produces more than the cap plus about 1032 times this before it is stopped.
 */
export const INFLATE_SLICE_BYTES = 2048;

export type InflateFailure = 'too-large' | 'truncated' | 'corrupt';

export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: InflateFailure; inflatedBytes: number };

export interface InflateCappedOptions {
  /** Stop and fail as soon as the output exceeds this many bytes. */
  maxBytes: number;
  /** The preset dictionary the data was compressed with, if any. */
  dictionary?: Uint8Array | undefined;
}

/**
 * Inflates raw deflate data without trusting it: a decompression bomb is stopped early (the cap
 * is checked while inflating, not after), a cut-off stream is told apart from a damaged one, and
 * no error escapes.
 */
export function inflateCapped(data: Uint8Array, options: InflateCappedOptions): InflateResult {
  if (data.length === 0) return { ok: false, reason: 'truncated', inflatedBytes: 0 };
  const parts: Uint8Array[] = [];
  let total = 0;
  const onData = (chunk: Uint8Array): void => {
    parts.push(chunk);
    total += chunk.length;
  };
  try {
    const stream = options.dictionary
      ? new Inflate({ dictionary: options.dictionary }, onData)
      : new Inflate(onData);
    for (let at = 0; at < data.length; at += INFLATE_SLICE_BYTES) {
      const end = at + INFLATE_SLICE_BYTES;
      stream.push(data.subarray(at, end), end >= data.length);
      if (total > options.maxBytes) return { ok: false, reason: 'too-large', inflatedBytes: total };
    }
  } catch (error) {
    return { ok: false, reason: failureOf(error), inflatedBytes: total };
  }
  return { ok: true, bytes: concatenate(parts, total) };
}

function failureOf(error: unknown): InflateFailure {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return code === FlateErrorCode.UnexpectedEOF ? 'truncated' : 'corrupt';
}

function concatenate(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
