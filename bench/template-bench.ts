import { corpusFiles, readCorpus } from '../test/helpers/corpus';
import { importIssue } from '../src/core/markdown/import-issue';
import { exportIssue } from '../src/core/markdown/export-issue';
import { learnTemplate } from '../src/core/template/learn-template';
import { templateCardShapes } from '../src/core/template/template-card-shapes';
import { median } from './stats';

/**
 * A template learned from the 79 archive files, and the archive imported under it, in Node: the
 * first learning (what one `broadsheet template learn` run pays), then the median of 5 rounds of
 * each. Also how many files come back byte for byte under the learned template.
 */
export function templateBench(): Record<string, number> {
  const files = corpusFiles().map((name) => ({ name, text: readCorpus(name) }));
  const timed = <T>(run: () => T): [T, number] => {
    const start = performance.now();
    const value = run();
    return [value, performance.now() - start];
  };
  const [template, firstMs] = timed(() => learnTemplate(files));
  const cardShapes = templateCardShapes(template);
  const importAll = () =>
    files.filter(({ text }) => exportIssue(importIssue(text, { cardShapes })) === text).length;
  const identical = importAll();
  const learnMs = Array.from({ length: 5 }, () => timed(() => learnTemplate(files))[1]);
  const importMs = Array.from({ length: 5 }, () => timed(importAll)[1]);
  return {
    templateLearnFirstMs: firstMs,
    templateLearnMs: median(learnMs),
    templateImportMs: median(importMs),
    templateImportIdentical: identical,
  };
}
