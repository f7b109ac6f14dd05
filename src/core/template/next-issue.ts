import type { NewsletterTemplate } from './template';
import { MONTH_NAMES } from '../month-names';

/** The number after the highest numeric slug, zero-padded to the template's width. */
export function nextSlug(template: NewsletterTemplate, slugs: string[]): string {
  const numbers = slugs.map((s) => Number.parseInt(s, 10)).filter((n) => Number.isFinite(n));
  const next = numbers.length > 0 ? Math.max(...numbers) + 1 : 1;
  return String(next).padStart(template.patterns.numberDigits, '0');
}

/**
 * The next publication date: one cadence step after `previous` (or `today` when there is no
 * previous issue, or when the step would land in the past), at the template's time of day, as
 * RFC 3339 with `Z`.
 */
export function nextDate(template: NewsletterTemplate, today: Date, previous?: Date): string {
  const { unit, hourUtc, minuteUtc } = template.cadence;
  let next = previous ? new Date(previous.getTime()) : new Date(today.getTime());
  if (previous) {
    if (unit === 'week') next.setUTCDate(next.getUTCDate() + 7);
    else next.setUTCMonth(next.getUTCMonth() + 1);
  }
  if (next.getTime() < today.getTime() - 86_400_000) next = new Date(today.getTime());
  next.setUTCHours(hourUtc, minuteUtc, 0, 0);
  return next.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Fills a template pattern's variables: `{number}` with the issue number as given, and from the
 * date text (`2024-03-01T…`) `{date}`, `{year}` and `{month}` (its English name). A variable the
 * date cannot give is left empty.
 */
export function fillPattern(pattern: string, number: string, date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = day ? (MONTH_NAMES[Number(day[2]) - 1] ?? '') : '';
  return pattern
    .replace(/\{number\}/g, number)
    .replace(/\{date\}/g, day?.[0] ?? '')
    .replace(/\{year\}/g, day?.[1] ?? date.slice(0, 4))
    .replace(/\{month\}/g, month);
}
