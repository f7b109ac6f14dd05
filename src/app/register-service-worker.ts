// Registers the offline app shell's service worker (built by vite-plugin-pwa as sw.js) in a
// production build. The development server builds none, and a browser without service workers
// simply keeps needing the network to open the app; drafts are stored either way.

export interface ServiceWorkerHost {
  serviceWorker?: Pick<ServiceWorkerContainer, 'register'>;
}

/** Resolves to whether a service worker was registered; never throws. */
export async function registerServiceWorker(
  host: ServiceWorkerHost | undefined,
  baseUrl: string,
  enabled: boolean,
): Promise<boolean> {
  if (!enabled || host?.serviceWorker === undefined) return false;
  try {
    await host.serviceWorker.register(`${baseUrl}sw.js`, { scope: baseUrl });
    return true;
  } catch {
    // Offline support is a bonus: a refused registration (private window, blocked) is no error.
    return false;
  }
}
