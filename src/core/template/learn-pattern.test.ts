import { describe, expect, it } from 'vitest';
import { learnPattern } from './learn-pattern';

describe('learnPattern', () => {
  it('finds the issue number in titles that share the rest', () => {
    const samples = ['007', '008', '009'].map((number) => ({
      value: `Weekly Links ${number}: notes`,
      number,
      date: '2024-01-05T09:00:00Z',
    }));
    expect(learnPattern(samples)).toBe('Weekly Links {number}: notes');
  });

  it('finds the month and the year of the date', () => {
    const samples = [
      { value: 'March 2024 digest', date: '2024-03-01' },
      { value: 'April 2024 digest', date: '2024-04-02' },
      { value: 'A special edition', date: '2024-04-20' },
    ];
    expect(learnPattern(samples)).toBe('{month} {year} digest');
  });

  it('gives no pattern to free text, nor to one most values do not follow', () => {
    expect(
      learnPattern([
        { value: 'Shipping fast', number: '1' },
        { value: 'Caching, again', number: '2' },
      ]),
    ).toBeUndefined();
    const mostlyFree = [
      { value: 'Issue 1', number: '1' },
      { value: 'Spring cleaning', number: '2' },
      { value: 'Bugs we met', number: '3' },
    ];
    expect(learnPattern(mostlyFree)).toBeUndefined();
  });
});
