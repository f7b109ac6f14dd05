// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import { renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

const block = '---\ntitle: Release Radar: March 2024\ndate: 2024-03-01\n---\n';
const text = `${block}\nHere is what landed in March.\n\n## Releases\n\n- [Flux 2.2](https://fluxcd.io/blog/flux-v2.2.0/)\n`;

describe('front matter that could not be read, in the editor', () => {
  it('is shown as written, read-only, with the reason, never as editable prose', async () => {
    await renderCompose(importIssue(text, { id: 'broken-yaml', keepUnreadableFrontMatter: true }));
    const form = screen.getByRole('region', { name: 'Front matter' });
    const shown = within(form).getByLabelText('YAML front matter as written');
    expect(shown.textContent).toBe(block);
    expect(shown.closest('[contenteditable="true"]')).toBeNull();
    expect(within(form).getByRole('note').textContent).toMatch(
      /could not be read: .*on line 2.*fix it in the file/,
    );
    expect(within(form).queryAllByRole('textbox')).toEqual([]);
    expect(within(form).queryAllByRole('checkbox')).toEqual([]);
    const intro = screen.getByRole('region', { name: 'Introduction' });
    const paragraphs = within(intro).getAllByRole('textbox', { name: 'Paragraph' });
    expect(paragraphs.map((p) => p.textContent)).toEqual(['Here is what landed in March.']);
  });

  it('takes a new status alone, and is stored and exported byte for byte', async () => {
    const issue = importIssue(text, { id: 'broken-yaml', keepUnreadableFrontMatter: true });
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const bar = screen.getByRole('toolbar', { name: 'Editor actions' });
    const [select] = within(bar).getAllByRole<HTMLSelectElement>('combobox', { name: 'Status' });
    await userEvent.selectOptions(select as HTMLSelectElement, 'Ready');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
    const stored = (await rendered.repository.get('broken-yaml'))!.issue;
    expect(stored.status).toBe('ready');
    expect(exportIssue(stored)).toBe(text);
  });
});
