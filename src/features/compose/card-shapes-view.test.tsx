// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import { renderCompose } from '../../../test/support/render-compose';
import { readCardShapes } from '../../../test/helpers/card-shapes-fixtures';

afterEach(cleanup);

function shapedIssue(name: string) {
  return importIssue(readCardShapes(name), {
    id: `issue-${name}`,
    cardShapes: () => ['link-item', 'link-paragraph', 'link-heading'],
  });
}

async function savedLines(rendered: Awaited<ReturnType<typeof renderCompose>>) {
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'All changes saved'),
  );
  const stored = await rendered.repository.get(rendered.issue.id);
  return exportIssue(stored!.issue).split('\n');
}

function changedLines(before: string[], after: string[]): string[] {
  return after.filter((line, i) => line !== before[i]);
}

describe('a card of another shape in the editor', () => {
  it('shows the text after the title, and an edit of it rewrites only the title line', async () => {
    const issue = shapedIssue('paragraph-hard-break.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const card = screen.getByRole('article', { name: 'Tracing in Go without a framework' });
    const trailing = within(card).getByRole('textbox', { name: 'After the title' });
    expect(trailing).toHaveProperty('value', '(5 minute read)');
    fireEvent.change(trailing, { target: { value: '(6 minute read)' } });
    const before = exportIssue(issue).split('\n');
    const after = await savedLines(rendered);
    expect(changedLines(before, after)).toEqual([
      '**[Tracing in Go without a framework](https://go.example.com/tracing)** (6 minute read)\\',
    ]);
  });

  it('shows a description instead of bullets, and an edit of it rewrites that paragraph', async () => {
    const issue = shapedIssue('heading-cards.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const card = screen.getByRole('article', { name: 'PostgreSQL 16.2 released' });
    const description = within(card).getByRole('textbox', { name: 'Description' });
    expect(description).toHaveProperty(
      'value',
      'A security fix and a long list of small repairs.\n\nUpgrade at your next maintenance window.',
    );
    fireEvent.change(description, {
      target: {
        value:
          'A security fix and a long list of small repairs.\n\nUpgrade at the next maintenance window.',
      },
    });
    const before = exportIssue(issue).split('\n');
    const after = await savedLines(rendered);
    expect(after).toHaveLength(before.length);
    expect(changedLines(before, after)).toEqual(['Upgrade at the next maintenance window.']);
  });
});
