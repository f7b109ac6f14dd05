// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { allCards } from '../../core/model/ops/locate';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

const articleNames = (region: HTMLElement) =>
  within(region)
    .getAllByRole('article')
    .map((a) => a.getAttribute('aria-label'));

describe('undo and redo of card and section operations', () => {
  it('brings a removed card back with the Undo button, and removes it again with Redo', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const first = allCards(issue)[0]!.card;
    const region = screen.getByRole('region', { name: 'New AWS services and features' });
    const before = articleNames(region);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveProperty('disabled', true);
    fireEvent.click(
      within(screen.getByRole('article', { name: first.title })).getByRole('button', {
        name: 'Remove card',
      }),
    );
    expect(articleNames(region)).toEqual(before.slice(1));
    fireEvent.click(undo);
    expect(articleNames(region)).toEqual(before);
    expect(redo).toHaveProperty('disabled', false);
    fireEvent.click(redo);
    expect(articleNames(region)).toEqual(before.slice(1));
  });

  it('answers Ctrl+Z and Ctrl+Shift+Z outside text fields, and leaves them to a text field', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const region = screen.getByRole('region', { name: 'New AWS services and features' });
    const before = articleNames(region);
    const first = screen.getByRole('article', { name: before[0]! });
    fireEvent.click(within(first).getByRole('button', { name: 'Move card down' }));
    expect(articleNames(region).slice(0, 2)).toEqual([before[1], before[0]]);
    const title = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(articleNames(region).slice(0, 2)).toEqual([before[1], before[0]]);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(articleNames(region)).toEqual(before);
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(articleNames(region).slice(0, 2)).toEqual([before[1], before[0]]);
  });

  it('moves a card by keyboard, announces it, and keeps the focus on the field', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const services = screen.getByRole('region', { name: 'New AWS services and features' });
    const blogs = screen.getByRole('region', { name: 'AWS blogs' });
    const name = articleNames(services)[0]!;
    const title = within(screen.getByRole('article', { name })).getByRole('textbox', {
      name: 'Card title',
    });
    title.focus();
    fireEvent.keyDown(title, { key: 'ArrowDown', altKey: true, shiftKey: true });
    expect(articleNames(blogs)[0]).toBe(name);
    expect(articleNames(services)).not.toContain(name);
    expect(document.activeElement).toBe(
      within(screen.getByRole('article', { name })).getByRole('textbox', { name: 'Card title' }),
    );
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(
      /^Moved ".+" to position 1 of \d+ in AWS blogs\.$/,
    );
  });

  it('adds, renames, reorders and removes a prose section, undoable step by step', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const regions = () =>
      screen
        .getAllByRole('region')
        .map((r) => r.getAttribute('aria-labelledby') && r.querySelector('h2')?.textContent);
    const start = regions();
    fireEvent.change(screen.getByRole('textbox', { name: 'New section heading' }), {
      target: { value: 'Important Announcement' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add section' }));
    const added = screen.getByRole('region', { name: 'Important Announcement' });
    fireEvent.click(within(added).getByRole('button', { name: 'Add paragraph' }));
    expect(within(added).getByRole('textbox', { name: 'Paragraph' })).toBeTruthy();
    fireEvent.click(within(added).getByRole('button', { name: 'Rename' }));
    const heading = within(added).getByRole('textbox', { name: 'Section heading' });
    fireEvent.change(heading, { target: { value: 'Announcement' } });
    fireEvent.keyDown(heading, { key: 'Enter' });
    expect(screen.getByRole('region', { name: 'Announcement' })).toBe(added);
    fireEvent.click(within(added).getByRole('button', { name: 'Move section up' }));
    expect(regions().at(-2)).toBe('Announcement');
    fireEvent.click(within(added).getByRole('button', { name: 'Remove section' }));
    expect(screen.queryByRole('region', { name: 'Announcement' })).toBeNull();
    const undo = screen.getByRole('button', { name: 'Undo' });
    fireEvent.click(undo);
    expect(regions().at(-2)).toBe('Announcement');
    for (let i = 0; i < 4; i++) fireEvent.click(undo);
    expect(regions()).toEqual(start);
  });
});
