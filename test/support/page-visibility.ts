// document.visibilityState for tests of what happens when the page is hidden: jsdom's is fixed at
// "visible". Stub it in a beforeEach, then hide or show the page as a tab switch would.

import { act } from '@testing-library/react';
import { vi } from 'vitest';

let state: DocumentVisibilityState = 'visible';

/** Makes the page's visibility the test's to set, visible to start with. */
export function stubPageVisibility(): void {
  state = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

/** Sets the page's visibility without telling it (no visibilitychange event). */
export function setPageVisibility(to: DocumentVisibilityState): void {
  state = to;
}

/** Sets the page's visibility and tells it, then runs the timers due at once (fake timers). */
export async function changePageVisibility(to: DocumentVisibilityState): Promise<void> {
  state = to;
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
  });
}
