// @vitest-environment jsdom
// Editing a built-in template on the Template screen: the screen says the template is built in,
// says so when the library's copy of it is changed, and restores the built-in one on request,
// after asking, all by keyboard.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RepositoryContext } from '../../components/repository-context';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { TemplatePage } from './template-page';

afterEach(cleanup);

/** The first render loads the screen's modules: seconds on a loaded machine. */
const LOADED = { timeout: 15_000 };

function renderPage(repository: MemoryIssueRepository, id = 'eks-news') {
  const router = createMemoryRouter([{ path: '/templates/:id', Component: TemplatePage }], {
    initialEntries: [`/templates/${id}`],
  });
  render(
    <RepositoryContext value={{ repository, persistent: true }}>
      <RouterProvider router={router} />
    </RepositoryContext>,
  );
}

const notice = () => screen.getByRole('region', { name: 'Built-in template' });
const restoreButton = () =>
  within(notice()).queryByRole('button', { name: 'Restore the built-in template' });

/** Renames EKS News on the screen and saves it, as the library's changed copy. */
async function saveRenamed(name: string): Promise<void> {
  const field = await screen.findByRole('textbox', { name: 'Newsletter name' }, LOADED);
  await userEvent.clear(field);
  await userEvent.type(field, name);
  await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
  await screen.findByText(`Saved “${name}”.`);
}

describe('a built-in template on the Template screen', () => {
  it('says it is built in, and offers no restore while unchanged', async () => {
    const repository = new MemoryIssueRepository();
    renderPage(repository);
    await screen.findByRole('heading', { name: 'Template: EKS News' }, LOADED);
    expect(notice().textContent).toContain('“EKS News” is built into Broadsheet.');
    expect(restoreButton()).toBeNull();
  });

  it('says when it has been changed, and saving it unchanged again stores no copy', async () => {
    const repository = new MemoryIssueRepository();
    renderPage(repository);
    await saveRenamed('EKS News (ours)');
    await waitFor(() => expect(restoreButton()).not.toBeNull());
    expect(notice().textContent).toContain('this library’s copy of it is changed');
    expect((await repository.listTemplates()).map((r) => r.name)).toEqual(['EKS News (ours)']);
    await saveRenamed('EKS News');
    await waitFor(() => expect(restoreButton()).toBeNull());
    expect(await repository.listTemplates()).toEqual([]);
  });

  it('restores the built-in template by keyboard, after asking, and Escape keeps the copy', async () => {
    const repository = new MemoryIssueRepository();
    renderPage(repository);
    await saveRenamed('EKS News (ours)');
    await waitFor(() => expect(restoreButton()).not.toBeNull());
    restoreButton()!.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Restore the built-in template?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(restoreButton());
    expect(await repository.listTemplates()).toHaveLength(1);

    await userEvent.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Restore the built-in template?' });
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Restore');
    await userEvent.keyboard('{Enter}');
    const said = await screen.findByText('Restored the built-in template “EKS News”.');
    await waitFor(() => expect(document.activeElement).toBe(said));
    expect(await repository.listTemplates()).toEqual([]);
    expect(restoreButton()).toBeNull();
    const name = screen.getByRole('textbox', { name: 'Newsletter name' }) as HTMLInputElement;
    expect(name.value).toBe(eksNewsTemplate.name);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Template: EKS News');
  });

  it('says nothing of the kind for a template of the library’s own', async () => {
    const repository = new MemoryIssueRepository();
    const flux = { ...eksNewsTemplate, id: 'flux', name: 'Flux' };
    await repository.putTemplate({ id: 'flux', name: 'Flux', data: flux, updatedAt: 1 });
    renderPage(repository, 'flux');
    await screen.findByRole('heading', { name: 'Template: Flux' }, LOADED);
    expect(screen.queryByRole('region', { name: 'Built-in template' })).toBeNull();
  });
});
