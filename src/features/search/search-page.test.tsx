// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addCard, createCard } from '../../core/model/ops/card-ops';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { newIssue } from '../../core/template/new-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { corpusFile } from '../../../test/support/corpus-fixture';
import { importArchive } from '../archive/import-archive';
import { renderFeature } from '../../../test/support/render-feature';
import { SearchPage } from './search-page';

afterEach(cleanup);

async function archiveAndDraft() {
  const repository = new MemoryIssueRepository();
  await importArchive(['055.md', '056.md', '057.md'].map(corpusFile), repository);
  const blank = newIssue(eksNewsTemplate, '079', '2024-08-01T15:00:00Z', 1);
  const card = createCard(blank, {
    title: 'Signing images, one year on',
    url: 'https://example.com/signing-one-year-on',
    bullets: ['What changed since AWS Signer launched.'],
  });
  const draft = addCard(blank, blank.sections[1]!.id, card);
  await repository.put(draft, 0);
  return { repository, draft, card };
}

describe('<SearchPage>', () => {
  it('prepares every issue for search once read, then says how many it searches', async () => {
    const { repository } = await archiveAndDraft();
    renderFeature(repository, <SearchPage />, '/search');
    await screen.findByText('Preparing 4 issues for search…');
    await screen.findByText('4 issues to search.');
    const field = screen.getByLabelText('Search titles, links and bullets');
    await userEvent.type(field, 'one year on');
    const results = await screen.findByRole('list', { name: 'Results' });
    expect(results.textContent).toContain('Signing images, one year on');
  });

  it('searches the archive and drafts as one types, and opens a result at its card', async () => {
    const { repository, draft, card } = await archiveAndDraft();
    const router = renderFeature(repository, <SearchPage />, '/search');
    await screen.findByText('4 issues to search.');
    await userEvent.type(screen.getByLabelText('Search titles, links and bullets'), 'aws signer');

    const results = await screen.findByRole('list', { name: 'Results' });
    const items = within(results).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Signing images, one year on');
    expect(items[0]!.textContent).toContain('EKS News 079 · draft');
    expect(
      items.some((li) => /AWS introduces container image signing/.test(li.textContent ?? '')),
    ).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(`${items.length} matches.`);
    expect(router.state.location.search).toBe('?q=aws+signer');
    expect(within(items[0]!).getAllByText(/signer/i)[0]!.tagName).toBe('MARK');

    await userEvent.click(
      within(items[0]!).getByRole('link', { name: 'Signing images, one year on' }),
    );
    await screen.findByRole('heading', { name: `Editor for ${draft.id}` });
    expect(screen.getByTestId('hash').textContent).toBe(`#card-${card.id}`);
  });

  it('opens an archived card in the preview, and says when nothing matches', async () => {
    const { repository } = await archiveAndDraft();
    renderFeature(repository, <SearchPage />, '/search?q=Happy%205th%20Birthday');
    const results = await screen.findByRole('list', { name: 'Results' });
    const [hit] = within(results).getAllByRole('listitem');
    expect(hit!.textContent).toContain('EKS News 056 · archived');
    const preview = within(hit!).getByRole('link', { name: /^Preview Happy 5th Birthday/ });
    expect(preview.getAttribute('href')).toMatch(/^\/issues\/archive-056\/preview#card-/);

    await userEvent.clear(screen.getByLabelText('Search titles, links and bullets'));
    await userEvent.type(screen.getByLabelText('Search titles, links and bullets'), 'zzzz-nothing');
    expect(await screen.findByText('No matches.')).toBeTruthy();
  });
});
