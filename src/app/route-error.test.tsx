// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteError } from './route-error';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('The draft has no sections array');
}

function renderRoute(route: Parameters<typeof createMemoryRouter>[0][number]) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const router = createMemoryRouter([{ ...route, path: '/', errorElement: <RouteError /> }]);
  render(<RouterProvider router={router} />);
}

describe('route errors', () => {
  it('shows what went wrong and a way back instead of a blank page or a stack trace', async () => {
    renderRoute({ Component: Broken });
    expect(
      await screen.findByRole('heading', { name: 'This screen could not be shown' }),
    ).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The app hit an error: The draft has no sections array');
    expect(alert.textContent).not.toMatch(/at Broken|\.tsx:/);
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe(
      '/',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('explains a screen whose code could not be downloaded', async () => {
    renderRoute({
      lazy: () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
    });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'Part of the app could not be loaded. Check your connection, then reload the page.',
    );
  });
});
