// One toast at a time that hides itself after a while; a new one replaces the old. The timer
// waits while the pointer or focus is on the toast, so its action can always be reached.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ToastMessage } from './toast';

export const TOAST_MILLISECONDS = 8000;

export interface ToastControls {
  toast: ToastMessage | null;
  show: (toast: Omit<ToastMessage, 'id'>) => void;
  dismiss: () => void;
  /** Stops the countdown (pointer or focus on the toast). */
  hold: () => void;
  /** Starts the countdown again. */
  release: () => void;
}

export function useToast(duration = TOAST_MILLISECONDS): ToastControls {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const nextId = useRef(1);

  const hold = useCallback(() => clearTimeout(timer.current), []);
  const release = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setToast(null), duration);
  }, [duration]);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setToast(null);
  }, []);
  const show = useCallback(
    (message: Omit<ToastMessage, 'id'>) => {
      setToast({ ...message, id: nextId.current++ });
      release();
    },
    [release],
  );

  useEffect(() => () => clearTimeout(timer.current), []);
  return { toast, show, dismiss, hold, release };
}
