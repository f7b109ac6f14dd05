import { describe, expect, it } from 'vitest';
import { EditLock, draftLockName, type EditAccess } from './edit-lock';
import { FakeLocks } from '../../../test/support/fake-locks';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function tab(locks: FakeLocks | undefined) {
  const seen: EditAccess[] = [];
  const lock = new EditLock(locks, draftLockName('i1'), (access) => seen.push(access));
  return { lock, seen, now: () => seen.at(-1) };
}

describe('EditLock', () => {
  it('lets the first tab edit and makes a second one follow', async () => {
    const locks = new FakeLocks();
    const first = tab(locks);
    first.lock.start();
    await settle();
    const second = tab(locks);
    second.lock.start();
    await settle();
    expect(first.now()).toEqual({ mode: 'editing', since: 'opened' });
    expect(second.now()).toEqual({ mode: 'following', reason: 'other-tab' });
  });

  it('hands editing over on "take over": the first tab follows and says it was taken', async () => {
    const locks = new FakeLocks();
    const first = tab(locks);
    first.lock.start();
    const second = tab(locks);
    await settle();
    second.lock.start();
    await settle();
    second.lock.takeOver();
    await settle();
    expect(second.now()).toEqual({ mode: 'editing', since: 'took-over' });
    expect(first.now()).toEqual({ mode: 'following', reason: 'taken-over' });
    first.lock.takeOver();
    await settle();
    expect(first.now()).toEqual({ mode: 'editing', since: 'took-over' });
    expect(second.now()).toEqual({ mode: 'following', reason: 'taken-over' });
  });

  it('gives editing to the waiting tab once the editing one closes the draft', async () => {
    const locks = new FakeLocks();
    const first = tab(locks);
    first.lock.start();
    await settle();
    const second = tab(locks);
    second.lock.start();
    await settle();
    first.lock.dispose();
    await settle();
    expect(second.now()).toEqual({ mode: 'editing', since: 'released' });
    second.lock.dispose();
    await settle();
    expect(locks.isHeld(draftLockName('i1'))).toBe(false);
  });

  it('leaves no request waiting once a follower closes', async () => {
    const locks = new FakeLocks();
    const first = tab(locks);
    first.lock.start();
    await settle();
    const second = tab(locks);
    second.lock.start();
    await settle();
    second.lock.dispose();
    first.lock.dispose();
    await settle();
    expect(locks.isHeld(draftLockName('i1'))).toBe(false);
    expect(second.seen).toEqual([{ mode: 'following', reason: 'other-tab' }]);
  });

  it('lets every tab edit where the browser has no Web Locks', () => {
    const only = tab(undefined);
    only.lock.start();
    expect(only.now()).toEqual({ mode: 'unguarded' });
  });
});
