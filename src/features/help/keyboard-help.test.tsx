// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyboardHelp } from './keyboard-help';

afterEach(cleanup);

function renderHelp() {
  render(
    <>
      <input aria-label="Title" />
      <KeyboardHelp />
    </>,
  );
  return userEvent.setup();
}

describe('the keyboard shortcuts', () => {
  it('open with ? outside text fields, and Escape gives the focus back', async () => {
    const user = renderHelp();
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    opener.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.textContent).toContain('Move the card to the next section');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leave ? typed in a text field as text', async () => {
    const user = renderHelp();
    await user.click(screen.getByRole('textbox', { name: 'Title' }));
    await user.keyboard('Why?');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Why?');
  });

  it('open from the button, and close with the close button', async () => {
    const user = renderHelp();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'In a summary' });
    expect(summary.textContent).toContain('Ctrl+K');
    expect(summary.textContent).toContain('EscLeave the summary');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
