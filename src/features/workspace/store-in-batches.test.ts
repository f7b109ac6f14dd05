// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { STORE_MAX_WAIT_MS, STORE_QUIET_MS, storeInBatches } from './store-in-batches';

/** A document typed into a character at a time, each update handed to `batches`. */
function typist(add: (update: Uint8Array) => void) {
  const doc = new Y.Doc();
  doc.on('update', add);
  const text = doc.getText('t');
  return { doc, type: (chars: string) => text.insert(text.length, chars) };
}

/** What a fresh document holds after the stored updates are applied. */
function restored(stored: Uint8Array[]): string {
  const doc = new Y.Doc();
  stored.forEach((update) => Y.applyUpdate(doc, update));
  return doc.getText('t').toString();
}

const atOnce = (task: () => void) => {
  task();
  return () => {};
};

afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('storeInBatches', () => {
  it('stores a burst of keystrokes as one update once typing pauses', () => {
    vi.useFakeTimers();
    const stored: Uint8Array[] = [];
    const batches = storeInBatches((update) => stored.push(update), atOnce);
    const { type } = typist((update) => batches.add(update));
    for (const char of 'hello') type(char);
    expect(stored).toHaveLength(0);
    vi.advanceTimersByTime(STORE_QUIET_MS);
    expect(stored).toHaveLength(1);
    expect(restored(stored)).toBe('hello');
    batches.stop();
  });

  it('stores at least every so often while typing goes on', () => {
    vi.useFakeTimers();
    const stored: Uint8Array[] = [];
    const batches = storeInBatches((update) => stored.push(update), atOnce);
    const { type } = typist((update) => batches.add(update));
    for (let elapsed = 0; elapsed < STORE_MAX_WAIT_MS; elapsed += 50) {
      type('a');
      vi.advanceTimersByTime(50);
    }
    expect(stored).toHaveLength(1);
    expect(restored(stored)).toBe('a'.repeat(STORE_MAX_WAIT_MS / 50));
    batches.stop();
  });

  it('stores what waits when the page is left, and later updates at once while hidden', () => {
    const stored: Uint8Array[] = [];
    const batches = storeInBatches(
      (update) => stored.push(update),
      () => () => {},
    );
    const { type } = typist((update) => batches.add(update));
    type('a');
    type('b');
    window.dispatchEvent(new Event('pagehide'));
    expect(restored(stored)).toBe('ab');
    type('c');
    expect(restored(stored)).toBe('abc');
    batches.stop();
  });

  it('stores what waits when the page is hidden', () => {
    const stored: Uint8Array[] = [];
    const batches = storeInBatches(
      (update) => stored.push(update),
      () => () => {},
    );
    const { type } = typist((update) => batches.add(update));
    type('x');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(restored(stored)).toBe('x');
    batches.stop();
  });

  it('stores what waits when stopped, and nothing after', () => {
    const stored: Uint8Array[] = [];
    const batches = storeInBatches(
      (update) => stored.push(update),
      () => () => {},
    );
    const { type } = typist((update) => batches.add(update));
    type('y');
    batches.stop();
    expect(restored(stored)).toBe('y');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored).toHaveLength(1);
  });
});
