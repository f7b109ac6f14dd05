import type { Inline, RichText } from '../core/model/types';

/**
 * Rich text without whitespace at its two ends. Markdown drops it anyway, and a file can only keep
 * it escaped (`&#32;`), so the space typed before the next word is not worth a line of `&#32;`.
 * Runs left empty are dropped.
 */
export function trimRichText(content: RichText): RichText {
  const runs = content.slice();
  trimEdge(runs, 0, (text) => text.replace(/^\s+/, ''));
  trimEdge(runs, runs.length - 1, (text) => text.replace(/\s+$/, ''));
  return runs.length === content.length && runs.every((r, i) => r === content[i]) ? content : runs;
}

function trimEdge(runs: Inline[], index: number, trim: (text: string) => string): void {
  const run = runs[index];
  if (run?.kind !== 'text') return;
  const text = trim(run.text);
  if (text === run.text) return;
  if (text === '') {
    runs.splice(index, 1);
    trimEdge(runs, index === 0 ? 0 : runs.length - 1, trim);
  } else {
    runs[index] = { ...run, text };
  }
}
