import type { Defer } from '../../state/defer';

/**
 * Runs `task` once the browser is idle (or after `timeoutMs` at the latest); returns a cancel
 * function. Falls back to a timer where requestIdleCallback does not exist.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

/** The idle time a write asks for: about what a store commit or a save of a big issue takes. */
const WANTED_IDLE_MS = 6;
/** The longest a write waits for such a moment before it runs anyway. */
const LONGEST_WAIT_MS = 100;

/**
 * For timed writes (bullets into the store, autosave): runs the task in the page's next idle
 * period with a few milliseconds left before the next frame, or after 100 ms at the latest, so
 * that committing or saving a burst of typing lands between keystrokes instead of delaying one's
 * frame. Where the browser has no requestIdleCallback, the task runs in the next task.
 */
export const betweenKeystrokes: Defer = (task) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const start = performance.now();
  let handle = 0;
  const attempt = (deadline: IdleDeadline) => {
    const waited = performance.now() - start;
    if (
      deadline.didTimeout ||
      deadline.timeRemaining() >= WANTED_IDLE_MS ||
      waited >= LONGEST_WAIT_MS
    )
      task();
    else handle = requestIdleCallback(attempt, { timeout: LONGEST_WAIT_MS - waited });
  };
  handle = requestIdleCallback(attempt, { timeout: LONGEST_WAIT_MS });
  return () => cancelIdleCallback(handle);
};
