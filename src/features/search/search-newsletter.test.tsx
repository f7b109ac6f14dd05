// @vitest-environment jsdom
// Search with two newsletters in the library: each result names its newsletter, and the
// "Newsletter" select (kept in the address) limits the search to one.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { corpusFile } from '../../../test/support/corpus-fixture';
import { renderFeature } from '../../../test/support/render-feature';
import { importIssue } from '../../core/markdown/import-issue';
import { learnTemplate } from '../../core/template/learn-template';
import { templateCardShapes } from '../../core/template/template-card-shapes';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive } from '../archive/import-archive';
import { saveTemplate } from '../templates/save-template';
import { SearchPage } from './search-page';

afterEach(cleanup);

const flux = {
  ...learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) }))),
  id: 'flux',
  name: 'Flux updates',
};

/** EKS News 055 and 056 archived, a Flux update archived under the stored Flux template. */
async function twoNewsletters(): Promise<MemoryIssueRepository> {
  const repository = new MemoryIssueRepository();
  await importArchive(['055.md', '056.md'].map(corpusFile), repository);
  await saveTemplate(repository, flux);
  const text = readFlux('2023-05-02-april-update.md');
  const read = importIssue(text, { id: 'flux-april', cardShapes: templateCardShapes(flux) });
  await repository.put({ ...read, templateId: 'flux' }, 0);
  await repository.setArchived('flux-april', true);
  return repository;
}

const label = 'Search titles, links and bullets';

function hits(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Results' })).getAllByRole('listitem');
}

describe('<SearchPage> with several newsletters', () => {
  it('names each result’s newsletter, and limits the search to the one chosen', async () => {
    const repository = await twoNewsletters();
    const router = renderFeature(repository, <SearchPage />, '/search');
    await screen.findByText('3 issues to search.');
    await userEvent.type(screen.getByLabelText(label), 'kubernetes');
    await screen.findByRole('list', { name: 'Results' });
    await screen.findAllByText('Flux updates');
    const names = hits().map(
      (hit) => within(hit).getByText(/^(EKS News|Flux updates)$/).textContent,
    );
    expect(new Set(names)).toEqual(new Set(['EKS News', 'Flux updates']));

    const select = screen.getByRole('combobox', { name: 'Newsletter' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'EKS News', 'Flux updates']);
    select.focus();
    await userEvent.selectOptions(select, 'Flux updates');
    expect(router.state.location.search).toBe('?q=kubernetes&newsletter=flux');
    expect(hits().length).toBeGreaterThan(0);
    expect(hits().every((hit) => hit.textContent?.includes('Flux updates'))).toBe(true);
    expect(hits().length).toBeLessThan(names.length);
  });

  it('reads the newsletter chosen from the address, and All searches every one again', async () => {
    const repository = await twoNewsletters();
    const router = renderFeature(
      repository,
      <SearchPage />,
      '/search?q=kubernetes&newsletter=eks-news',
    );
    await screen.findByRole('list', { name: 'Results' });
    const select = await screen.findByRole('combobox', { name: 'Newsletter' });
    expect((select as HTMLSelectElement).value).toBe('eks-news');
    await screen.findAllByText('EKS News');
    expect(hits().every((hit) => !hit.textContent?.includes('Flux updates'))).toBe(true);
    const eksOnly = hits().length;

    await userEvent.selectOptions(select, 'All');
    expect(router.state.location.search).toBe('?q=kubernetes');
    expect(hits().length).toBeGreaterThan(eksOnly);
  });

  it('offers no newsletter select and names none with one newsletter', async () => {
    const repository = new MemoryIssueRepository();
    await importArchive(['055.md', '056.md'].map(corpusFile), repository);
    await saveTemplate(repository, flux);
    renderFeature(repository, <SearchPage />, '/search?q=kubernetes');
    await screen.findByRole('list', { name: 'Results' });
    expect(screen.queryByRole('combobox', { name: 'Newsletter' })).toBeNull();
    expect(screen.queryByText('EKS News')).toBeNull();
  });
});
