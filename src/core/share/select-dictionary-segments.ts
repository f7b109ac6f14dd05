// Picks the preset deflate dictionary for share links out of past issues. The method follows
// zstd's COVER: count every substring of a few bytes (a k-mer) by the issues that hold it, then
// repeatedly take the window of the corpus whose not yet covered k-mers weigh most. Recurring
// front matter, headings, list markup, URL prefixes and stock phrases rise to the top; text that
// only one issue ever used does not count.

export interface DictionaryOptions {
  /** Size limit in bytes; deflate cannot look back further than 32 KiB. */
  maxBytes: number;
  /** Length of the counted substrings: shorter matches gain little in deflate. */
  kmerBytes: number;
  /** Length of the candidate windows the dictionary is assembled from. */
  windowBytes: number;
  /** The newest issue weighs 1, the one before it this much, the one before that its square... */
  recency: number;
  /** A k-mer counts only if at least this many issues hold it. */
  minIssues: number;
}

export const DEFAULT_DICTIONARY_OPTIONS: DictionaryOptions = {
  maxBytes: 32768,
  kmerBytes: 8,
  windowBytes: 128,
  recency: 0.9,
  minIssues: 2,
};

interface KmerIndex {
  /** Per issue, the k-mer id at every byte position. */
  keys: Int32Array[];
  /** Per k-mer id, its weight; zeroed once a chosen window covers it. */
  weights: Float64Array;
  /** Scratch space for {@link bestWindow}: how often each k-mer occurs in the window being scored. */
  inWindow: Int32Array;
}

/**
 * The dictionary as a list of corpus segments (valid UTF-8 each), in dictionary order: the most
 * valuable segment comes last, nearest to the text being compressed, where deflate reaches it
 * with the shortest distances and where it stays in the window longest.
 *
 * @param issues the issues' bytes, oldest first.
 */
export function selectDictionarySegments(
  issues: readonly Uint8Array[],
  options: DictionaryOptions = DEFAULT_DICTIONARY_OPTIONS,
): Uint8Array[] {
  const index = indexKmers(issues, options);
  const chosen: Uint8Array[] = [];
  let room = options.maxBytes;
  while (room >= options.kmerBytes) {
    const best = bestWindow(index, options);
    if (!best) break;
    const issue = issues[best.issue] ?? new Uint8Array(0);
    const segment = takeSegment(issue, index, best, options);
    if (segment.length > 0 && segment.length <= room) {
      chosen.push(segment);
      room -= segment.length;
    }
  }
  return chosen.reverse();
}

function indexKmers(issues: readonly Uint8Array[], options: DictionaryOptions): KmerIndex {
  const ids = new Map<string, number>();
  const keys = issues.map((bytes) => {
    const positions = new Int32Array(Math.max(0, bytes.length - options.kmerBytes + 1));
    for (let at = 0; at < positions.length; at += 1) {
      let kmer = '';
      for (let j = 0; j < options.kmerBytes; j += 1)
        kmer += String.fromCharCode(bytes[at + j] ?? 0);
      let id = ids.get(kmer);
      if (id === undefined) {
        id = ids.size;
        ids.set(kmer, id);
      }
      positions[at] = id;
    }
    return positions;
  });
  const weights = weighKmers(keys, ids.size, options);
  return { keys, weights, inWindow: new Int32Array(ids.size) };
}

function weighKmers(keys: Int32Array[], count: number, options: DictionaryOptions): Float64Array {
  const weights = new Float64Array(count);
  const issuesHolding = new Int32Array(count);
  const lastIssue = new Int32Array(count).fill(-1);
  keys.forEach((positions, issue) => {
    const weight = options.recency ** (keys.length - 1 - issue);
    for (const id of positions) {
      if (lastIssue[id] === issue) continue;
      lastIssue[id] = issue;
      weights[id] = (weights[id] ?? 0) + weight;
      issuesHolding[id] = (issuesHolding[id] ?? 0) + 1;
    }
  });
  for (let id = 0; id < count; id += 1) {
    if ((issuesHolding[id] ?? 0) < options.minIssues) weights[id] = 0;
  }
  return weights;
}

interface Window {
  issue: number;
  /** First k-mer position of the span. */
  start: number;
}

/** The window whose distinct, not yet covered k-mers weigh most; the first one found on ties. */
function bestWindow(index: KmerIndex, options: DictionaryOptions): Window | undefined {
  const span = options.windowBytes - options.kmerBytes + 1;
  const { inWindow } = index;
  let best: Window | undefined;
  let bestWeight = 1e-9;
  index.keys.forEach((positions, issue) => {
    let weight = 0;
    for (let at = 0; at < positions.length; at += 1) {
      const id = positions[at] ?? 0;
      if (inWindow[id] === 0) weight += index.weights[id] ?? 0;
      inWindow[id] = (inWindow[id] ?? 0) + 1;
      if (at >= span) {
        const old = positions[at - span] ?? 0;
        inWindow[old] = (inWindow[old] ?? 0) - 1;
        if (inWindow[old] === 0) weight -= index.weights[old] ?? 0;
      }
      if (at >= span - 1 && weight > bestWeight + 1e-9) {
        bestWeight = weight;
        best = { issue, start: at - span + 1 };
      }
    }
    for (let at = Math.max(0, positions.length - span); at < positions.length; at += 1) {
      inWindow[positions[at] ?? 0] = 0;
    }
  });
  return best;
}

/**
 * The bytes of the window without its uncounted ends, cut at character boundaries; the window's
 * k-mers are marked covered so the next pick looks for something else.
 */
function takeSegment(
  bytes: Uint8Array,
  index: KmerIndex,
  chosen: Window,
  options: DictionaryOptions,
): Uint8Array {
  const positions = index.keys[chosen.issue] ?? new Int32Array(0);
  const weightAt = (at: number): number => index.weights[positions[at] ?? 0] ?? 0;
  const last =
    Math.min(positions.length, chosen.start + options.windowBytes - options.kmerBytes + 1) - 1;
  let first = chosen.start;
  let end = last;
  while (first < end && weightAt(first) === 0) first += 1;
  while (end > first && weightAt(end) === 0) end -= 1;
  for (let at = chosen.start; at <= last; at += 1) index.weights[positions[at] ?? 0] = 0;
  return characterAligned(bytes, first, end + options.kmerBytes);
}

/** bytes[start, end) narrowed so that no UTF-8 sequence is cut at either end. */
function characterAligned(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const isContinuation = (at: number): boolean => ((bytes[at] ?? 0) & 0xc0) === 0x80;
  let from = start;
  let to = Math.min(end, bytes.length);
  while (from < to && isContinuation(from)) from += 1;
  if (to < bytes.length && isContinuation(to)) {
    while (to > from && isContinuation(to)) to -= 1;
  }
  return bytes.slice(from, to);
}
