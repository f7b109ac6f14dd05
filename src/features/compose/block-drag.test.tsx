// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

// jsdom has no layout. dnd-kit's keyboard sensor moves between the measured boxes of the drop
// places (the blocks and each section's end), so each gets a box by its place on the page:
// 100px tall, one under the other, in document order. The preview that follows the drag starts
// where the dragged block is.
const DROP_PLACES = '.sortable-block, .drop-end, .empty-blocks';
const realRect = Element.prototype.getBoundingClientRect;
function placeRect(place: Element): DOMRect {
  const index = [...document.querySelectorAll(DROP_PLACES)].indexOf(place);
  return new DOMRect(0, index * 100, 600, 90);
}
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function rect(this: Element) {
    const place = this.closest(DROP_PLACES);
    if (place) return placeRect(place);
    const dragged = document.querySelector('[aria-pressed="true"]')?.closest('.sortable-block');
    const preview = this.closest('.drag-preview') ?? this.querySelector('.drag-preview');
    if (dragged && preview) return placeRect(dragged);
    return realRect.call(this);
  };
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect;
  cleanup();
});

/** The live handle of a block: the handles are armed once the editor is idle after opening. */
const liveHandle = (name: string) =>
  waitFor(() => {
    const handle = screen.getByRole('button', { name });
    expect(handle.getAttribute('aria-roledescription')).toBe('sortable');
    return handle;
  });

const said = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
const titles = (heading: string) =>
  within(screen.getByRole('region', { name: heading }))
    .getAllByRole('article')
    .map((a) => a.getAttribute('aria-label'));

/** A key press; dnd-kit's keyboard sensor starts listening a tick after the pick-up. */
async function press(target: Element, code: string) {
  act(() => {
    fireEvent.keyDown(target, { code, key: code === 'Space' ? ' ' : code });
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('dragging cards by keyboard', () => {
  it('picks a card up by its handle, announces each step, and drops it into the next section', async () => {
    const issue = corpusIssue('056.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const services = titles('New AWS services and features');
    const last = services.at(-1)!;
    const handle = await liveHandle(`Move ${last}`);
    expect(handle.getAttribute('aria-describedby')).toBe('block-drag-instructions');
    expect(document.getElementById('block-drag-instructions')?.textContent).toMatch(
      /press Space or Enter/,
    );

    act(() => handle.focus());
    await press(handle, 'Space');
    expect(said()).toBe(
      `Picked up card "${last}". It is at position ${services.length} of ${services.length} in ` +
        'New AWS services and features. Use the arrow keys to move it, Space or Enter to drop ' +
        'it, Escape to cancel.',
    );
    // Down: first the end of its own section, where it is already last; then into the next.
    await press(handle, 'ArrowDown');
    await waitFor(() =>
      expect(said()).toBe(
        `Card "${last}" would move to position ${services.length} of ${services.length} in ` +
          'New AWS services and features.',
      ),
    );
    await press(handle, 'ArrowDown');
    const blogs = titles('AWS blogs');
    await waitFor(() =>
      expect(said()).toBe(
        `Card "${last}" would move to position 1 of ${blogs.length + 1} in AWS blogs.`,
      ),
    );
    await press(handle, 'Space');
    await waitFor(() => expect(titles('AWS blogs')[0]).toBe(last));
    expect(titles('New AWS services and features')).toEqual(services.slice(0, -1));
    expect(said()).toBe(`Moved "${last}" to position 1 of ${blogs.length + 1} in AWS blogs.`);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
    const text = exportIssue((await rendered.repository.get(issue.id))!.issue);
    const blogsAt = text.indexOf('## AWS blogs');
    expect(text.indexOf(`[${last}]`)).toBeGreaterThan(blogsAt);
  });

  it('puts the card back on Escape and says where it is', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const blogs = titles('AWS blogs');
    const handle = await liveHandle(`Move ${blogs[0]}`);
    act(() => handle.focus());
    await press(handle, 'Space');
    await press(handle, 'ArrowDown');
    await press(handle, 'Escape');
    await waitFor(() =>
      expect(said()).toBe(
        `Moving card "${blogs[0]}" was cancelled. It is back at position 1 of ${blogs.length} in AWS blogs.`,
      ),
    );
    expect(titles('AWS blogs')).toEqual(blogs);
  });

  it('drags a card added after the handles were armed', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const services = titles('New AWS services and features');
    await liveHandle(`Move ${services[0]}`);
    const region = screen.getByRole('region', { name: 'New AWS services and features' });
    const box = within(region).getByRole('textbox', { name: 'Add link' });
    fireEvent.change(box, {
      target: { value: 'https://aws.amazon.com/about-aws/whats-new/2023/06/new-thing/' },
    });
    fireEvent.submit(box);
    const handle = await liveHandle('Move New thing');
    act(() => handle.focus());
    await press(handle, 'Space');
    await press(handle, 'ArrowUp');
    await press(handle, 'Space');
    await waitFor(() => expect(titles('New AWS services and features').at(-2)).toBe('New thing'));
  });
});
