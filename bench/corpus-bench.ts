import { corpusFiles, readCorpus } from '../test/helpers/corpus';
import { importIssue } from '../src/core/markdown/import-issue';
import { exportIssue } from '../src/core/markdown/export-issue';
import { median } from './stats';

/** The whole archive imported and exported in Node: median of 5 rounds after one warm-up. */
export function corpusBench(): Record<string, number> {
  const texts = corpusFiles().map(readCorpus);
  const round = () => {
    const start = performance.now();
    let identical = 0;
    for (const text of texts) if (exportIssue(importIssue(text)) === text) identical++;
    return { ms: performance.now() - start, identical };
  };
  round();
  const rounds = Array.from({ length: 5 }, round);
  return {
    corpusFiles: texts.length,
    corpusIdentical: rounds[0]?.identical ?? 0,
    corpusRoundTripMs: median(rounds.map((r) => r.ms)),
  };
}
