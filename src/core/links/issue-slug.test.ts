import { afterEach, describe, expect, it, vi } from 'vitest';

describe('compareSlugs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('orders numbers as numbers and the rest as text', async () => {
    const { compareSlugs } = await import('./issue-slug');
    expect(['10', '9', '056', 'b', 'a'].sort(compareSlugs)).toEqual(['9', '10', '056', 'a', 'b']);
  });

  // Making a collator loads the locale's collation data (7-13 ms in Chromium): the module is in
  // an issue's first load, so it must not make one until a comparison needs it.
  it('makes its collator at the first comparison, not when the module is loaded', async () => {
    vi.resetModules();
    const Collator = Intl.Collator;
    const made = vi.spyOn(Intl, 'Collator').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.Collator>
    ) {
      return new Collator(...args);
    } as unknown as typeof Intl.Collator);
    const { compareSlugs } = await import('./issue-slug');
    expect(made).not.toHaveBeenCalled();
    compareSlugs('1', '2');
    compareSlugs('2', '1');
    expect(made).toHaveBeenCalledTimes(1);
  });
});
