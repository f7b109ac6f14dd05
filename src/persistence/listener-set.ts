// A set of listeners notified asynchronously, the live-query story of the in-memory repository.
// Notifications are queued as microtasks so listeners never run inside the write that caused
// them, as with Dexie's liveQuery.

import type { Unsubscribe } from './issue-repository';

export class ListenerSet {
  private readonly listeners = new Set<() => void>();

  /** Adds a listener and calls it once soon, as live queries deliver their first result. */
  add(listener: () => void): Unsubscribe {
    this.listeners.add(listener);
    queueMicrotask(() => {
      if (this.listeners.has(listener)) listener();
    });
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(): void {
    for (const listener of [...this.listeners]) {
      queueMicrotask(() => {
        if (this.listeners.has(listener)) listener();
      });
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
