import { describe, expect, it, vi } from 'vitest';
import { afterPageLoad, type PageLoadHost } from './after-page-load';

function host(readyState: DocumentReadyState, idle = true) {
  const listeners: (() => void)[] = [];
  const idleCallbacks: { callback: () => void; timeout: number }[] = [];
  const page: PageLoadHost = {
    document: { readyState },
    addEventListener: (_type, listener) => listeners.push(listener),
    ...(idle
      ? {
          requestIdleCallback: (callback: () => void, { timeout }: { timeout: number }) =>
            idleCallbacks.push({ callback, timeout }),
        }
      : {}),
    setTimeout: (callback) => setTimeout(callback, 0),
  };
  return { page, listeners, idleCallbacks };
}

describe('afterPageLoad', () => {
  it('waits for the load event, then for the browser to be idle', () => {
    const work = vi.fn();
    const { page, listeners, idleCallbacks } = host('interactive');
    afterPageLoad(page, work, 1500);
    expect(listeners).toHaveLength(1);
    expect(idleCallbacks).toHaveLength(0);
    listeners[0]?.();
    expect(idleCallbacks).toEqual([{ callback: work, timeout: 1500 }]);
    expect(work).not.toHaveBeenCalled();
    idleCallbacks[0]?.callback();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('waits only for idle time on a page that has loaded already', () => {
    const { page, listeners, idleCallbacks } = host('complete');
    afterPageLoad(page, () => undefined);
    expect(listeners).toHaveLength(0);
    expect(idleCallbacks).toHaveLength(1);
  });

  it('runs after a timer where the browser has no idle callbacks', async () => {
    const work = vi.fn();
    const { page } = host('complete', false);
    afterPageLoad(page, work);
    expect(work).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(work).toHaveBeenCalledTimes(1);
  });
});
