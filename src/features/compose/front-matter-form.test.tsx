// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

const frontMatterOf = (text: string) => text.slice(0, text.indexOf('+++', 3) + 4);

describe('the front matter form', () => {
  it('shows the known keys in their boxes and the others read-only', async () => {
    await renderCompose(corpusIssue('000.md'));
    const form = screen.getByRole('region', { name: 'Front matter' });
    const value = (name: string) =>
      (within(form).getByRole('textbox', { name }) as HTMLInputElement).value;
    expect(value('Title')).toBe('EKS News 000');
    expect(value('Slug')).toBe('000');
    expect(value('Date')).toBe('2022-01-07T08:00:00Z');
    expect(value('Author')).toBe('AWS Kubernetes Developer Advocates');
    expect(value('Categories')).toBe('Archive, 2022, Weekly');
    expect(within(form).getByRole('checkbox', { name: 'Draft' })).toHaveProperty('checked', false);
    expect(within(form).getByText('aliases')).toBeTruthy();
    expect(within(form).getByText(/"\/blog\/eks-news-000"/)).toBeTruthy();
  });

  it('writes edits in the file style and keeps the unknown keys as they were', async () => {
    const issue = corpusIssue('000.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const form = screen.getByRole('region', { name: 'Front matter' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Description' }), {
      target: { value: 'The first issue' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Categories' }), {
      target: { value: 'Archive, 2022, Monthly, ' },
    });
    expect(within(form).getByRole('textbox', { name: 'Categories' })).toHaveProperty(
      'value',
      'Archive, 2022, Monthly, ',
    );
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Draft' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
    const stored = exportIssue((await rendered.repository.get(issue.id))!.issue);
    expect(frontMatterOf(stored)).toBe(
      [
        '+++',
        'author = "AWS Kubernetes Developer Advocates"',
        'categories = ["Archive", "2022", "Monthly"]',
        'date = 2022-01-07T08:00:00Z',
        'draft = true',
        'slug = "000"',
        'title = "EKS News 000"',
        'aliases = [',
        '    "/blog/eks-news-000",',
        '    "/archive/eks-news-006"',
        ']',
        // The keys of 000 are not in alphabetical order, so a new key goes last.
        'description = "The first issue"',
        '+++',
        '',
      ].join('\n'),
    );
  });

  it('keeps a date being typed in the box with a hint, and takes it once it is RFC 3339 UTC', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const date = screen.getByRole('textbox', { name: 'Date' });
    const previewDate = () =>
      document.querySelector('.preview-pane time')?.getAttribute('datetime');
    fireEvent.change(date, { target: { value: '2023-06-16' } });
    expect(date).toHaveProperty('value', '2023-06-16');
    expect(screen.getByText('Write the date in UTC as 2025-01-09T15:00:00Z.')).toBeTruthy();
    expect(previewDate()).toBe('2023-06-09T07:00:00Z');
    fireEvent.change(date, { target: { value: '2023-02-30T07:00:00Z' } });
    expect(date.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(date, { target: { value: '2023-06-16T07:00:00Z' } });
    expect(date.getAttribute('aria-invalid')).toBe('false');
    await waitFor(() => expect(previewDate()).toBe('2023-06-16T07:00:00Z'));
  });

  it('shows a new title in the bar and the preview', async () => {
    await renderCompose(corpusIssue('056.md'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), {
      target: { value: 'EKS News 056: five years' },
    });
    expect(document.querySelector('.compose-toolbar h1')?.textContent).toBe(
      'EKS News 056: five years',
    );
    await waitFor(() =>
      expect(document.querySelector('.preview-pane .issue-header h1')?.textContent).toBe(
        'EKS News 056: five years',
      ),
    );
  });
});
