import { describe, expect, it } from 'vitest';
import { settledPromise } from './settled-promise';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settledPromise', () => {
  it('says pending, then fulfilled with the value', async () => {
    let resolve: (value: number) => void = () => undefined;
    const promise = settledPromise(new Promise<number>((r) => (resolve = r)));
    expect(promise.status).toBe('pending');
    resolve(7);
    await tick();
    expect([promise.status, promise.value]).toEqual(['fulfilled', 7]);
  });

  it('says rejected with the reason, and leaves the rejection to whoever awaits it', async () => {
    const promise = settledPromise(Promise.reject(new Error('no storage')));
    await tick();
    expect(promise.status).toBe('rejected');
    expect((promise.reason as Error).message).toBe('no storage');
    await expect(promise).rejects.toThrow('no storage');
  });

  it('tags a promise once, however often it is given', async () => {
    const promise = settledPromise(Promise.resolve('a'));
    expect(settledPromise(promise)).toBe(promise);
    await tick();
    expect(promise.value).toBe('a');
  });
});
