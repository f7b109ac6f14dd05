import type { FrontMatterEntry } from '../model/types';
import { isFrontMatterDate } from './is-front-matter-date';

/**
 * How a file writes its dates: `utc-seconds` when every date is `YYYY-MM-DDTHH:MM:SSZ` (the whole
 * archive), so new and edited dates are written that way too; `as-given` otherwise.
 */
export type DateStyle = 'utc-seconds' | 'as-given';

const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const DATE_TEXT =
  /^(?:\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** Whether text is a date, a date-time or a time as TOML writes them unquoted. */
export function isDateText(text: string): boolean {
  return DATE_TEXT.test(text);
}

export function learnDateStyle(entries: FrontMatterEntry[]): DateStyle {
  const dates = entries.flatMap((e) => (isFrontMatterDate(e.value) ? [e.value.date] : []));
  return dates.length > 0 && dates.every((d) => UTC_SECONDS.test(d)) ? 'utc-seconds' : 'as-given';
}

/** Writes a date in the file's style; dates without a time zone stay as given. */
export function applyDateStyle(text: string, style: DateStyle): string {
  if (style === 'as-given' || !WITH_OFFSET.test(text)) return text;
  const time = Date.parse(text.toUpperCase().replace(' ', 'T'));
  if (Number.isNaN(time)) return text;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
