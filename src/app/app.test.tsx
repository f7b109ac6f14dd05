// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { importIssue } from '../core/markdown/import-issue';
import { exportIssue } from '../core/markdown/export-issue';
import { MemoryIssueRepository } from '../persistence/memory-issue-repository';
import { openBrowserRepository } from './open-browser-repository';
import { renderApp } from '../../test/support/render-app';
import { readSampleFile } from '../../test/support/sample-file';
import { SAMPLE_LOADED_SETTING } from './seed-sample';

afterEach(cleanup);

describe('first run', () => {
  it('loads the sample issue 056 into an empty library, byte for byte', async () => {
    const { repository } = await renderApp('/');
    expect(
      await screen.findByRole('link', { name: 'EKS News 056' }, { timeout: 5000 }),
    ).toBeTruthy();
    const [summary, ...rest] = await repository.listSummaries();
    expect(rest).toEqual([]);
    expect(exportIssue((await repository.get(summary!.id))!.issue)).toBe(readSampleFile());
    expect(await repository.getSetting(SAMPLE_LOADED_SETTING)).toBe(true);
  });

  it('does not bring the sample back once it was loaded', async () => {
    const repository = new MemoryIssueRepository();
    await repository.setSetting(SAMPLE_LOADED_SETTING, true);
    await renderApp('/', repository);
    expect(await screen.findByText(/No drafts yet/)).toBeTruthy();
    expect(await repository.listSummaries()).toEqual([]);
  });

  it('leaves a library that already has drafts alone', async () => {
    const repository = new MemoryIssueRepository();
    const issue = importIssue(readSampleFile().replaceAll('056', '099'));
    await repository.put(issue, 0);
    await renderApp('/', repository);
    expect(await screen.findByRole('link', { name: 'EKS News 099' })).toBeTruthy();
    expect((await repository.listSummaries()).map((s) => s.id)).toEqual([issue.id]);
  });
});

describe('routes', () => {
  it('opens the preview of 056 from the library', async () => {
    await renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: 'Preview' }));
    // The preview is a lazy route: its chunk is transformed on first use, which can be slow here.
    const heading = screen.findByRole(
      'heading',
      { level: 1, name: 'EKS News 056' },
      { timeout: 10_000 },
    );
    expect(await heading).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download markdown' })).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Broadsheet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Drafts' })).toBeTruthy();
  });

  it('shows a not-found page for an unknown address', async () => {
    await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toBeTruthy();
  });

  it('warns that drafts are lost on reload when storage is in memory only', async () => {
    await renderApp('/', new MemoryIssueRepository(), {
      persistent: false,
      problem: 'IndexedDB is disabled',
    });
    await screen.findByRole('link', { name: 'EKS News 056' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Drafts are kept in memory only/);
    expect(alert.textContent).toMatch(/IndexedDB is disabled/);
  });
});

describe('openBrowserRepository', () => {
  it('falls back to memory, and says why, when the browser has no IndexedDB', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const state = await openBrowserRepository();
    expect(state.persistent).toBe(false);
    expect(state.repository).toBeInstanceOf(MemoryIssueRepository);
    expect(state.problem).toMatch(/IndexedDB/);
  });

  it('keeps working on the fallback repository', async () => {
    const { repository } = await openBrowserRepository();
    await repository.put(importIssue(readSampleFile()), 0);
    await waitFor(async () => expect(await repository.listSummaries()).toHaveLength(1));
  });
});
