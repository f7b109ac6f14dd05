// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { ArchiveImportReport } from './archive-import-report';
import type { ArchiveImportOutcome } from './import-archive';

afterEach(cleanup);

function TemplateStandIn() {
  return <h1>Template {useParams().id}</h1>;
}

function renderReport(outcome: ArchiveImportOutcome) {
  const element = <ArchiveImportReport outcome={outcome} onDismiss={() => undefined} />;
  const router = createMemoryRouter([
    { path: '/', element },
    { path: '/templates/:id', Component: TemplateStandIn },
  ]);
  render(<RouterProvider router={router} />);
}

const added = [{ fileName: 'a.md', issueId: 'archive-a', title: 'A' }];

describe('<ArchiveImportReport> and templates', () => {
  it('offers to review a template learned from the files, by keyboard', async () => {
    renderReport({
      added,
      updated: [],
      skipped: [],
      template: { id: 'flux updates', name: 'Flux', learned: true },
    });
    expect(screen.getByText(/learned one from them: “Flux”/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Review the template' });
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Template flux updates' })).toBeTruthy();
  });

  it('offers nothing when a known template read the files', () => {
    renderReport({
      added,
      updated: [],
      skipped: [],
      template: { id: 'eks-news', name: 'EKS News', learned: false },
    });
    expect(screen.queryByRole('link', { name: 'Review the template' })).toBeNull();
  });
});
