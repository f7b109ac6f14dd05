import { fillPattern } from './next-issue';
import { MONTH_NAMES } from '../month-names';

/** One issue's value of a front matter field, with the number and date it was published with. */
export interface PatternSample {
  value: string;
  /** The issue number as written in its slug or file name ("078"), when it has one. */
  number?: string;
  /** The date as written (`2024-03-01T…`). */
  date?: string;
}

/**
 * The pattern most samples follow, its varying parts as variables (`{number}`, `{date}`,
 * `{year}`, `{month}`; see fillPattern): each sample proposes one, from its own number and date,
 * and the one that gives back the most samples wins if it gives back at least half of them and
 * has a variable. Undefined when the values follow no such pattern (free text).
 */
export function learnPattern(samples: PatternSample[]): string | undefined {
  const candidates = new Map<string, number>();
  for (const sample of samples) {
    const candidate = proposePattern(sample);
    if (candidate === undefined || candidates.has(candidate)) continue;
    candidates.set(candidate, samples.filter((s) => follows(s, candidate)).length);
  }
  const [best] = [...candidates].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= samples.length ? best[0] : undefined;
}

function follows(sample: PatternSample, pattern: string): boolean {
  return fillPattern(pattern, sample.number ?? '', sample.date ?? '') === sample.value;
}

function proposePattern({ value, number, date }: PatternSample): string | undefined {
  let pattern = value;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (day) {
    pattern = replaceWord(pattern, day[0], '{date}');
    const month = MONTH_NAMES[Number(day[2]) - 1];
    if (month) pattern = replaceWord(pattern, month, '{month}');
    pattern = replaceWord(pattern, day[1] ?? '', '{year}');
  }
  if (number) pattern = replaceWord(pattern, number, '{number}');
  return /\{(number|date|year|month)\}/.test(pattern) ? pattern : undefined;
}

/** Replaces `word` where it stands alone (not inside a longer run of letters or digits). */
function replaceWord(text: string, word: string, variable: string): string {
  if (word === '') return text;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), variable);
}
