import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { markdownFile, withLineEndings } from '../../../test/helpers/markdown-file-arbitrary';
import { InputError } from '../errors';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';

// Import then export of any file gives back its bytes, or a clean one-line InputError, within a
// time bound. `npm run test` runs a fixed sample; `npm run fuzz` runs many more with a random
// seed, and every truncation of the files below. Replay a run with FUZZ_SEED (and FUZZ_RUNS).

const fuzzing = process.env.npm_lifecycle_event === 'fuzz';
const seed = Number(
  process.env.FUZZ_SEED ?? (fuzzing ? Math.floor(Math.random() * 2 ** 31) : 2026),
);
const runs = Number(process.env.FUZZ_RUNS ?? (fuzzing ? 20_000 : 500));
/** A long run is bounded by its number of runs, not by the suite's time limit. */
const timeout = fuzzing ? 3_600_000 : undefined;

/**
 * The most one input may take to import and export. The archive's slowest issue takes about 40 ms
 * and the slowest truncation about 75 ms on a quiet machine; this leaves room for a loaded one.
 */
const BOUND_MS = 750;

/** Archive issues cut at every byte: small ones, of two eras (paragraph cards, item cards). */
const truncated = ['044.md', '001.md', '043.md'];

/** Import then export: the same text, or an InputError whose message is one line. */
function roundTrip(text: string): void {
  const started = performance.now();
  let exported: string | undefined;
  try {
    exported = exportIssue(importIssue(text));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).toMatch(/^[^\r\n]+$/);
  }
  const took = performance.now() - started;
  if (exported !== undefined) expect(exported).toBe(text);
  expect(took, `took ${took.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
}

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

/** The first `end` bytes of the text as UTF-8, or undefined when that cuts a character. */
function cutAt(bytes: Uint8Array, end: number): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(0, end),
    );
  } catch {
    return undefined; // The file readers refuse it before it reaches the importer.
  }
}

/** An archive issue with the given line endings, as the bytes of its file. */
function archiveBytes(name: string, endings: readonly string[]): Uint8Array {
  return new TextEncoder().encode(withLineEndings(readCorpus(name), endings));
}

if (fuzzing) console.info(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);

describe(`round trip of generated files (seed ${seed}, ${runs} runs)`, () => {
  // The first import loads and warms the parser; it is not what the bound is about.
  exportIssue(importIssue(readCorpus('056.md')));

  it(
    'gives the same bytes or a one-line error, in time',
    () => {
      fc.assert(fc.property(markdownFile, roundTrip), { seed, numRuns: runs });
    },
    timeout,
  );

  it(
    'holds for archive issues cut short',
    () => {
      const endings = fc.array(lineEnding, { minLength: 1, maxLength: 3 });
      const file = fc
        .tuple(fc.constantFrom(...truncated), endings)
        .map(([n, e]) => archiveBytes(n, e));
      const cut = file.chain((bytes) =>
        fc.tuple(fc.constant(bytes), fc.nat({ max: bytes.length })),
      );
      fc.assert(
        fc.property(cut, ([bytes, end]) => {
          const text = cutAt(bytes, end);
          if (text !== undefined) roundTrip(text);
        }),
        { seed, numRuns: runs },
      );
    },
    timeout,
  );

  it.runIf(fuzzing).each(truncated)(
    'holds for %s cut at every byte, with each line ending',
    (name) => {
      for (const endings of [['\n'], ['\r\n'], ['\r'], ['\n', '\r', '\r\n']]) {
        const bytes = archiveBytes(name, endings);
        for (let end = 0; end <= bytes.length; end++) {
          const text = cutAt(bytes, end);
          if (text === undefined) continue;
          try {
            roundTrip(text);
          } catch (error) {
            const where = `${name} with ${JSON.stringify(endings)} cut at byte ${end}`;
            throw new Error(`${where}: ${String(error)}`);
          }
        }
      }
    },
    timeout,
  );
});
