import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { addCardText } from '../../src/cli/commands.ts';
import { readCorpusFile } from './corpus.ts';
import { attemptExport, buildInputs, exportedText, type ExportAttempt } from './attempt-export.ts';
import { buildWithHugo } from './build-with-hugo.ts';
import { bulletArbitrary, tagArbitrary, titleArbitrary, urlArbitrary } from './card-arbitraries.ts';
import { expectCardRendered, type TypedCard } from './expect-card-rendered.ts';

// A fast-check sample of random titles, URLs and bullets, each added as a card to a file of one of the
// archive's eras, all built in one hugo run: Hugo renders each title as the typed text and
// each URL as the typed href, each bullet as the typed text. Set FC_SEED to replay a run; the seed is in the suite's name.

const runs = 40;
const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));

const targets = [
  { file: '004.md', section: 'Ecosystem News' },
  { file: '010.md', section: 'New and notable blogs' },
  { file: '024.md', section: 'New and notable EKS blogs' },
  { file: '056.md', section: 'AWS blogs' },
  { file: '070.md', section: 'Community news and articles' },
  { file: '075.md', section: 'AWS blogs' },
];

interface Sample extends TypedCard {
  file: string;
}

const cardArbitrary = fc.record({
  title: titleArbitrary,
  url: urlArbitrary,
  tag: tagArbitrary,
  bullet: bulletArbitrary,
});

const samples: Sample[] = fc.sample(cardArbitrary, { numRuns: runs, seed }).map((card, index) => {
  const { file, section } = targets[index % targets.length] as (typeof targets)[number];
  const sample: Sample = {
    file,
    section,
    title: card.title,
    url: card.url,
    bullets: [card.bullet],
  };
  return card.tag === undefined ? sample : { ...sample, tag: card.tag };
});

describe(`random titles and URLs rendered by Hugo (FC_SEED=${seed})`, () => {
  const exports: Record<string, ExportAttempt> = {};
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    const originals: Record<string, string> = {};
    for (const [index, { file, ...card }] of samples.entries()) {
      const text = readCorpusFile(file).text;
      originals[`original/${file}`] = text;
      exports[index] = attemptExport(() => addCardText(text, card));
    }
    rendered = await buildWithHugo({ ...originals, ...buildInputs(exports, 'added') });
  });

  it.each(samples.map((sample, index) => [index, sample] as const))('#%i %o', (index, sample) => {
    exportedText(exports[index]);
    const { file, ...card } = sample;
    expectCardRendered(rendered[`original/${file}`] ?? '', rendered[`added/${index}`] ?? '', card);
  });
});
