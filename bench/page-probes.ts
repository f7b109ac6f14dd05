// Scripts the browser benches put into a page (by addInitScript or evaluate). No named inner
// functions in them: tsx would wrap those in a helper the page does not have.

declare global {
  interface Window {
    /** performance.now() when the page first took edits (see watchEditable). */
    benchEditableAt?: number;
    /** Keydown-to-next-frame latencies, in ms. */
    benchLatencies?: number[];
    /** The durations of the long tasks (over 50 ms) since recordLatencies, in ms. */
    benchLongTasks?: number[];
  }
}

/**
 * Marks the moment the editor becomes editable, watched from before the page's first script:
 * the first frame with the first Summary box not inert (the form takes edits once this tab holds
 * the draft's lock) and the status "All changes saved".
 */
export function watchEditable(): void {
  const observer = new MutationObserver(() => {
    const summary = document.querySelector('[role="textbox"][aria-label="Summary"]');
    if (summary === null || summary.closest('[inert]') !== null) return;
    const statuses = [...document.querySelectorAll('[role="status"]')];
    if (!statuses.some((status) => status.textContent === 'All changes saved')) return;
    observer.disconnect();
    // Editable is when that is on screen: after the next frame is laid out and painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.benchEditableAt = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** The same moment on a floor page: its first TipTap editor is in the page and editable. */
export function watchFloorEditable(): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector('.ProseMirror[contenteditable="true"]') === null) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.benchEditableAt = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Records the latency of every keydown (its timeStamp to the task after the next frame) and
 * every long task from now on.
 */
export function recordLatencies(): void {
  window.benchLatencies = [];
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks?.push(entry.duration);
  }).observe({ type: 'longtask' });
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => window.benchLatencies?.push(performance.now() - start), 0),
      );
    },
    { capture: true },
  );
}
