// Runs work that the page's first screen does not need once the page has loaded and the browser
// is idle (or after `timeoutMs` of waiting for idle): the service worker's registration, whose
// install fetches every file of the app, would otherwise compete with the first screen for the
// network and both of a small machine's cores.

export interface PageLoadHost {
  document: Pick<Document, 'readyState'>;
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  setTimeout(callback: () => void, ms: number): unknown;
}

export function afterPageLoad(host: PageLoadHost, work: () => void, timeoutMs = 2000): void {
  const whenIdle = () => {
    if (host.requestIdleCallback) host.requestIdleCallback(work, { timeout: timeoutMs });
    else host.setTimeout(work, 0);
  };
  if (host.document.readyState === 'complete') whenIdle();
  else host.addEventListener('load', whenIdle, { once: true });
}
