import { fireEvent, screen } from '@testing-library/react';

/** Opens the editor header's "More actions" (export, history, reader view) if it is closed. */
export function openMoreActions(): void {
  const more = screen.getByRole('button', { name: 'More actions' });
  if (more.getAttribute('aria-expanded') !== 'true') fireEvent.click(more);
}
