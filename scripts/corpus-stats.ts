import { corpusFiles, readCorpus } from '../test/helpers/corpus';
import { importIssue } from '../src/core/markdown/import-issue';
import { exportIssue } from '../src/core/markdown/export-issue';

/** Prints what the importer made of each archive file: cards, prose and raw blocks. */
const texts = corpusFiles().map((f) => [f, readCorpus(f)] as const);
let cards = 0;
let raw = 0;
let prose = 0;
for (const [name, text] of texts) {
  const issue = importIssue(text);
  const blocks = [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)];
  const counts = { card: 0, raw: 0, prose: 0 };
  for (const b of blocks) counts[b.kind]++;
  cards += counts.card;
  raw += counts.raw;
  prose += counts.prose;
  if (process.argv.includes('-v'))
    console.log(name, counts, issue.dialect.indent, issue.dialect.loose, issue.dialect.cardStyle);
}
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  for (const [, text] of texts) exportIssue(importIssue(text));
  console.log(`round ${round}: ${(performance.now() - start).toFixed(1)} ms`);
}
console.log({ cards, raw, prose });
