import { InputError } from '../errors';
import type { FrontMatter, FrontMatterEntry, FrontMatterValue, LineEnding } from '../model/types';
import { applyDateStyle, isDateText, learnDateStyle, type DateStyle } from './date-style';
import { entryRenderer } from './entry-renderer';
import { isFrontMatterDate } from './is-front-matter-date';
import { newEntryIndex } from './new-entry-index';
import { parseFrontMatter } from './parse-front-matter';
import { refuseTableEdit } from './refuse-table-edit';
import { firstLineEnd } from './split-lines';
import { writeFrontMatter } from './write-front-matter';

/**
 * Returns a copy with `key` set to `value`. An existing entry is re-rendered in its own style
 * (quote kind, array layout, spacing, comments before it and after its value), and its new text
 * becomes its source; a new key gets no source and is written in the file's style, in
 * alphabetical position when the keys are sorted, else after the last key. A date stays a date
 * when given as date text, and follows the file's date style. A file without front matter gets
 * TOML front matter. Throws InputError for TOML tables and values the format cannot hold.
 */
export function setFrontMatterValue(
  fm: FrontMatter,
  key: string,
  value: FrontMatterValue,
): FrontMatter {
  const base: FrontMatter =
    fm.format === 'none' ? { ...fm, format: 'toml', open: '', close: '' } : fm;
  refuseTableEdit(base, key);
  const index = base.entries.findIndex((e) => e.key === key);
  const old = base.entries[index];
  const fitted = fitValue(value, old?.value, learnDateStyle(base.entries));
  if (old && JSON.stringify(old.value) === JSON.stringify(fitted)) return fm;
  const eol = learnEol(base);
  const entries = [...base.entries];
  if (old) {
    entries[index] = renderEdit(base, old, fitted, eol);
  } else {
    entries.splice(newEntryIndex(base, key), 0, { key, value: fitted });
  }
  const next = { ...base, entries };
  checkReadable(next, key, eol);
  return next;
}

function fitValue(value: FrontMatterValue, old: FrontMatterValue | undefined, dates: DateStyle) {
  const wasDate = old !== undefined && isFrontMatterDate(old);
  if (wasDate && typeof value === 'string' && isDateText(value)) {
    return { date: applyDateStyle(value, dates) };
  }
  return isFrontMatterDate(value) ? { date: applyDateStyle(value.date, dates) } : value;
}

function renderEdit(
  fm: FrontMatter,
  old: FrontMatterEntry,
  value: FrontMatterValue,
  eol: LineEnding,
): FrontMatterEntry {
  if (old.source === undefined) return { key: old.key, value };
  return { key: old.key, value, source: entryRenderer(fm, eol)(old.key, value, old.source) };
}

function learnEol(fm: FrontMatter): LineEnding {
  return firstLineEnd(fm.open + fm.entries.map((e) => e.source ?? '').join(''), '\n');
}

/** Reads the result back, so that an edit never produces front matter that cannot be read. */
function checkReadable(fm: FrontMatter, key: string, eol: LineEnding): void {
  try {
    parseFrontMatter(writeFrontMatter(fm, eol));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`Cannot set "${key}": ${error.message}`);
  }
}
