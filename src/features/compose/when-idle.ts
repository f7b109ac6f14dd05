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
