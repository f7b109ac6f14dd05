// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { corpusFile } from '../../../test/support/corpus-fixture';
import { renderLibrary } from '../../../test/support/render-library';
import { exportIssue } from '../../core/markdown/export-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive } from '../archive/import-archive';

afterEach(cleanup);

function fluxFile(name: string): File {
  const file = new File([readFlux(name)], name, { type: 'text/markdown' });
  Object.defineProperty(file, 'webkitRelativePath', { value: `flux-updates/${name}` });
  return file;
}

/** A library holding EKS News 055 and 056 and the Flux archive, under its learned template. */
async function twoNewsletters(): Promise<MemoryIssueRepository> {
  const repository = new MemoryIssueRepository();
  await importArchive(['055.md', '056.md'].map(corpusFile), repository);
  await importArchive(fluxFiles().map(fluxFile), repository);
  return repository;
}

async function openDialog() {
  const button = await screen.findByRole('button', { name: 'New issue' });
  // The templates are read once the library shows: slow on a loaded machine.
  await waitFor(() => expect(button.getAttribute('aria-haspopup')).toBe('dialog'), {
    timeout: 10_000,
  });
  button.focus();
  await userEvent.keyboard('{Enter}');
  return screen.findByRole('dialog', { name: 'New issue of which newsletter?' });
}

describe('New issue with several newsletters', () => {
  it('asks which even when pressed before the templates are read', async () => {
    const repository = await twoNewsletters();
    renderLibrary(repository);
    const button = await screen.findByRole('button', { name: 'New issue' });
    // Pressed at once: the templates may not be read yet; the answer waits for them.
    button.click();
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'New issue of which newsletter?' },
      {
        timeout: 10_000,
      },
    );
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['EKS News', 'flux-updates', 'Cancel']);
  });

  it('asks which, and prefills the next issue of the one chosen by keyboard', async () => {
    const repository = await twoNewsletters();
    const router = renderLibrary(repository);
    const dialog = await openDialog();
    const choices = within(dialog).getAllByRole('button');
    expect(choices.map((b) => b.textContent)).toEqual(['EKS News', 'flux-updates', 'Cancel']);
    expect(document.activeElement).toBe(choices[0]);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: /^Editor for / });
    const id = decodeURIComponent(router.state.location.pathname.split('/').at(-1)!);
    const issue = (await repository.get(id))!.issue;
    expect(issue.templateId).toBe('flux-updates');
    const text = exportIssue(issue);
    expect(text.startsWith('---\n')).toBe(true);
    const keys = [...text.split('---')[1]!.matchAll(/^([a-z]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['author', 'date', 'title', 'description', 'url', 'tags', 'resources']);
    expect(issue.sections.map((s) => s.heading)).toContain('News in the Flux family');
  });

  it('prefills the EKS News issue after the newest EKS News issue', async () => {
    const repository = await twoNewsletters();
    renderLibrary(repository);
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'EKS News' }));
    await screen.findByRole('heading', { name: /^Editor for / });
    const drafts = (await repository.listSummaries()).filter((s) => !s.archived);
    expect(drafts.map((s) => s.slug)).toEqual(['057']);
  });

  it('closes on Escape, the focus back on New issue, creating nothing', async () => {
    const repository = await twoNewsletters();
    renderLibrary(repository);
    await openDialog();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New issue' }));
    expect((await repository.listSummaries()).every((s) => s.archived)).toBe(true);
  });
});
