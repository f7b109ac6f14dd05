import { beforeAll, describe, expect, it } from 'vitest';
import { replaceTextIn } from '../../src/cli/commands.ts';
import { readCorpus } from './corpus.ts';
import { attemptExport, buildInputs, exportedText, type ExportAttempt } from './attempt-export.ts';
import { buildWithHugo } from './build-with-hugo.ts';
import { normalizeHtml } from './html/parse-html.ts';
import { replaceInTextNodes } from './html/replace-in-text-nodes.ts';

// Every archive issue after `replace Kubernetes K8s-Kubernetes` (through the model, as the
// editor would) renders as the original rendering with the word replaced in its text only.
// "Kubernetes" is in all 79 files, in titles, bullets, intros and code spans; ten files also
// carry it inside link URLs, which must not change. The new word is plain text for markdown
// and for the typographer, and keeps its first and last letters, so quotes around it render
// the same.

const oldWord = 'Kubernetes';
const newWord = 'K8s-Kubernetes';
const corpus = readCorpus();

describe(`corpus files after replacing "${oldWord}" in Hugo`, () => {
  const exports: Record<string, ExportAttempt> = {};
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    const originals: Record<string, string> = {};
    for (const file of corpus) {
      originals[`original/${file.name}`] = file.text;
      // null (no text held the word) exports nothing, which the comparison below rejects
      exports[file.name] = attemptExport(() => replaceTextIn(file.text, oldWord, newWord) ?? '');
    }
    rendered = await buildWithHugo({ ...originals, ...buildInputs(exports, 'replaced') });
  });

  it.each(corpus.map((file) => file.name))(
    '%s renders with the word replaced in text only',
    (name) => {
      exportedText(exports[name]);
      const original = rendered[`original/${name}`] ?? '';
      expect(original).toContain(oldWord);
      const expected = replaceInTextNodes(original, oldWord, newWord);
      expect(normalizeHtml(rendered[`replaced/${name}`] ?? '')).toBe(expected);
    },
  );
});
