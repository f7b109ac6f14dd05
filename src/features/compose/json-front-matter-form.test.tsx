// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { importIssue } from '../../core/markdown/import-issue';
import { exportIssue } from '../../core/markdown/export-issue';
import { renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

const text = readFileSync(join(process.cwd(), 'test/fixtures/synthetic-json/012.md'), 'utf8');

describe('an issue with JSON front matter in the editor', () => {
  it('shows the JSON as front matter fields, never as editable prose', async () => {
    await renderCompose(importIssue(text, { id: 'json-012' }));
    const form = screen.getByRole('region', { name: 'Front matter' });
    const title = within(form).getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    expect(title.value).toBe('Link List 12');
    expect(within(form).getByText('params')).toBeTruthy();
    expect(within(form).getByText('{"featured": true}')).toBeTruthy();
    const intro = screen.getByRole('region', { name: 'Introduction' });
    const paragraphs = within(intro).getAllByRole('textbox', { name: 'Paragraph' });
    expect(paragraphs.map((p) => p.textContent)).toEqual([
      'Welcome to issue 12. Three posts, a release and a talk this week.',
    ]);
  });

  it("writes a field edit as JSON on that entry's line only", async () => {
    const rendered = await renderCompose(importIssue(text, { id: 'json-012' }), { delayMs: 10 });
    const form = screen.getByRole('region', { name: 'Front matter' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Title' }), {
      target: { value: 'Link List "12"' },
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
    const stored = exportIssue((await rendered.repository.get('json-012'))!.issue);
    expect(stored).toBe(text.replace('"Link List 12"', '"Link List \\"12\\""'));
  });
});

describe('JSON front matter not written one key per line', () => {
  it('is shown read-only, with the reason, and kept as written', async () => {
    const compact = '{"title": "Link List 12", "draft": false}\n\nWelcome.\n';
    await renderCompose(importIssue(compact, { id: 'json-compact' }));
    const form = screen.getByRole('region', { name: 'Front matter' });
    const title = within(form).getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    expect(title.value).toBe('Link List 12');
    // Disabled by the fieldset around the fields: the state the browser and screen readers see.
    expect(title.matches(':disabled')).toBe(true);
    expect(within(form).getByRole('checkbox', { name: 'Draft' }).matches(':disabled')).toBe(true);
    expect(within(form).getByText(/not written one key per line/)).toBeTruthy();
  });

  it('leaves the fields of ordinary JSON front matter editable', async () => {
    await renderCompose(importIssue(text, { id: 'json-012' }));
    const form = screen.getByRole('region', { name: 'Front matter' });
    expect(within(form).getByRole('textbox', { name: 'Title' }).matches(':disabled')).toBe(false);
    expect(within(form).queryByText(/not written one key per line/)).toBeNull();
  });
});
