import { createContext, useContext } from 'react';
import type { Locks } from './edit-lock';

/** The browser's Web Locks, where it has them. */
function browserLocks(): Locks | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** Tests put a stand-in here; the app uses the browser's. `null` means "the browser's". */
export const LocksContext = createContext<Locks | undefined | null>(null);

export function useLocks(): Locks | undefined {
  const given = useContext(LocksContext);
  return given === null ? browserLocks() : given;
}
