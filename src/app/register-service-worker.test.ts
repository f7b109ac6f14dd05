import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register-service-worker';

function hostWith(register: ServiceWorkerContainer['register']) {
  return { serviceWorker: { register } };
}

describe('registerServiceWorker', () => {
  it('registers sw.js under the base path, scoped to it, in a production build', async () => {
    const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
    expect(await registerServiceWorker(hostWith(register), '/app/', true)).toBe(true);
    expect(register).toHaveBeenCalledWith('/app/sw.js', { scope: '/app/' });
  });

  it('registers nothing in development or where service workers are missing', async () => {
    const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
    expect(await registerServiceWorker(hostWith(register), '/', false)).toBe(false);
    expect(await registerServiceWorker({}, '/', true)).toBe(false);
    expect(await registerServiceWorker(undefined, '/', true)).toBe(false);
    expect(register).not.toHaveBeenCalled();
  });

  it('treats a refused registration as no offline support, not as an error', async () => {
    const register = vi.fn(() => Promise.reject(new DOMException('blocked', 'SecurityError')));
    expect(await registerServiceWorker(hostWith(register), '/', true)).toBe(false);
  });
});
