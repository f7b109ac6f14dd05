// A promise that says, once settled, how it settled, in the fields React's `use` reads: a screen
// that asks for storage or data already loaded then renders with it at once, where an untagged
// promise, even one resolved long before, suspends the first render and retries in a later task.

/** A promise carrying React's settled-thenable fields once it has settled. */
export type SettledPromise<T> = Promise<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
};

/** Tags `promise` (and returns it) so that `use` reads its result without suspending. */
export function settledPromise<T>(promise: Promise<T>): SettledPromise<T> {
  const tagged = promise as SettledPromise<T>;
  if (tagged.status !== undefined) return tagged;
  tagged.status = 'pending';
  tagged.then(
    (value) => {
      tagged.status = 'fulfilled';
      tagged.value = value;
    },
    (reason: unknown) => {
      tagged.status = 'rejected';
      tagged.reason = reason;
    },
  );
  return tagged;
}
