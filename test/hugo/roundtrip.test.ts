import { beforeAll, describe, expect, it } from 'vitest';
import { roundtripText } from '../../src/cli/commands.ts';
import { readCorpus } from './corpus.ts';
import { attemptExport, buildInputs, exportedText, type ExportAttempt } from './attempt-export.ts';
import { buildWithHugo } from './build-with-hugo.ts';

// Fidelity contract, point 5: every archive issue, imported and exported with no edit, renders
// in the real Hugo exactly as the original does. One hugo run builds originals and exports.

const corpus = readCorpus();

describe('round-tripped corpus files in Hugo', () => {
  const exports: Record<string, ExportAttempt> = {};
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    const originals: Record<string, string> = {};
    for (const file of corpus) {
      originals[`original/${file.name}`] = file.text;
      exports[file.name] = attemptExport(() => roundtripText(file.text));
    }
    rendered = await buildWithHugo({ ...originals, ...buildInputs(exports, 'roundtrip') });
  });

  it('covers the whole archive', () => {
    expect(corpus).toHaveLength(79);
  });

  it.each(corpus.map((file) => file.name))('%s renders identically', (name) => {
    exportedText(exports[name]);
    const original = rendered[`original/${name}`] ?? '';
    expect(original).toMatch(/<a href="https?:/);
    expect(rendered[`roundtrip/${name}`]).toBe(original);
  });
});
