// @vitest-environment jsdom
// The library's rows link with plain anchors that the table routes (use-delegated-links.ts): a
// plain click or Enter opens the screen in the app, a modified click is left to the browser.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLibrary, repositoryWith056 } from '../../../test/support/render-library';

afterEach(cleanup);

/** Whether the app took the click on `element` (prevented the browser's own navigation). */
function clickTaken(element: HTMLElement, init: MouseEventInit = {}): boolean {
  let taken = false;
  // Runs after the app's listeners; stops jsdom from following the link itself.
  const last = (event: Event) => {
    taken = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', last);
  try {
    fireEvent.click(element, init);
  } finally {
    window.removeEventListener('click', last);
  }
  return taken;
}

describe('library row links', () => {
  it('open the editor on a click, in the app', async () => {
    const { repository, issue } = await repositoryWith056();
    const router = renderLibrary(repository);
    await userEvent.click(await screen.findByRole('link', { name: 'EKS News 056' }));
    expect(await screen.findByRole('heading', { name: `Editor for ${issue.id}` })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/issues/${issue.id}`);
  });

  it('open the editor from the keyboard', async () => {
    const { repository, issue } = await repositoryWith056();
    renderLibrary(repository);
    (await screen.findByRole('link', { name: 'EKS News 056' })).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: `Editor for ${issue.id}` })).toBeTruthy();
  });

  it('open the preview from the row', async () => {
    const { repository } = await repositoryWith056();
    renderLibrary(repository);
    const title = await screen.findByRole('rowheader', { name: 'EKS News 056' });
    const row = title.closest('tr');
    if (row === null) throw new Error('no row');
    await userEvent.click(within(row).getByRole('link', { name: 'Preview' }));
    expect(await screen.findByRole('heading', { name: 'Preview stand-in' })).toBeTruthy();
  });

  it('leave a modified or a middle click to the browser', async () => {
    const { repository } = await repositoryWith056();
    const router = renderLibrary(repository);
    const link = await screen.findByRole<HTMLAnchorElement>('link', { name: 'EKS News 056' });
    expect(clickTaken(link, { ctrlKey: true })).toBe(false);
    expect(clickTaken(link, { metaKey: true })).toBe(false);
    expect(clickTaken(link, { shiftKey: true })).toBe(false);
    expect(clickTaken(link, { button: 1 })).toBe(false);
    link.target = '_blank';
    expect(clickTaken(link)).toBe(false);
    expect(router.state.location.pathname).toBe('/');
    link.target = '';
    expect(clickTaken(link)).toBe(true);
  });
});
