// A Web Locks stand-in for tests (jsdom has none): exclusive locks by name shared by every
// EditLock given the same instance, with ifAvailable, steal and abort signals as the API has them.

import type { Locks } from '../../src/features/storage/edit-lock';

type Callback = (lock: Lock | null) => unknown;

interface Pending {
  callback: Callback;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

const abortError = () => new DOMException('The lock request was aborted', 'AbortError');

export class FakeLocks implements Locks {
  private readonly held = new Map<string, Pending>();
  private readonly queues = new Map<string, Pending[]>();

  request(name: string, ...args: unknown[]): Promise<never> {
    const options = (args.length > 1 ? args[0] : {}) as LockOptions;
    const callback = (args.length > 1 ? args[1] : args[0]) as Callback;
    return new Promise<unknown>((resolve, reject) => {
      const pending: Pending = { callback, resolve, reject };
      const holder = this.held.get(name);
      if (options.steal && holder) {
        this.held.delete(name);
        holder.reject(abortError());
      }
      if (!this.held.has(name)) return this.grant(name, pending);
      if (options.ifAvailable) return this.settle(pending, callback(null));
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, [...queue, pending]);
      options.signal?.addEventListener('abort', () => {
        this.queues.set(
          name,
          (this.queues.get(name) ?? []).filter((p) => p !== pending),
        );
        reject(abortError());
      });
    }) as Promise<never>;
  }

  /** Whether someone holds the lock (for assertions). */
  isHeld(name: string): boolean {
    return this.held.has(name);
  }

  private grant(name: string, pending: Pending): void {
    this.held.set(name, pending);
    const done = Promise.resolve(pending.callback({ name, mode: 'exclusive' } as Lock));
    void done.then(
      (value) => this.finish(name, pending, () => pending.resolve(value)),
      (error: unknown) => this.finish(name, pending, () => pending.reject(error)),
    );
  }

  private finish(name: string, pending: Pending, settle: () => void): void {
    settle();
    if (this.held.get(name) !== pending) return;
    this.held.delete(name);
    const [next, ...rest] = this.queues.get(name) ?? [];
    this.queues.set(name, rest);
    if (next) this.grant(name, next);
  }

  private settle(pending: Pending, value: unknown): void {
    Promise.resolve(value).then(pending.resolve, pending.reject);
  }
}
