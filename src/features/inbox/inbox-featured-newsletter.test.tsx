// @vitest-environment jsdom
// The inbox's "already featured" badges look within the newsletter of the draft it sends to; with
// no draft they look in every newsletter and name the one an issue belongs to.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { corpusFile } from '../../../test/support/corpus-fixture';
import { renderFeature } from '../../../test/support/render-feature';
import { issueSlug } from '../../core/links/issue-slug';
import { importIssue } from '../../core/markdown/import-issue';
import { allCards } from '../../core/model/ops/locate';
import type { Issue } from '../../core/model/types';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { learnTemplate } from '../../core/template/learn-template';
import { newIssue } from '../../core/template/new-issue';
import { templateCardShapes } from '../../core/template/template-card-shapes';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive } from '../archive/import-archive';
import { saveTemplate } from '../templates/save-template';
import { InboxPage } from './inbox-page';

afterEach(cleanup);

const flux = {
  ...learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) }))),
  id: 'flux',
  name: 'Flux updates',
};

function readFluxIssue(name: string, id: string): Issue {
  const read = importIssue(readFlux(name), { id, cardShapes: templateCardShapes(flux) });
  return { ...read, templateId: 'flux' };
}

const fluxArchived = readFluxIssue('2023-05-02-april-update.md', 'flux-april');

interface Library {
  repository: MemoryIssueRepository;
  /** A link EKS News 055 featured, and one the archived Flux update featured. */
  eksUrl: string;
  fluxUrl: string;
}

/** EKS News 055 and a Flux update archived, the Flux template stored, and `drafts`. */
async function library(drafts: readonly Issue[]): Promise<Library> {
  const repository = new MemoryIssueRepository();
  await importArchive([corpusFile('055.md')], repository);
  await saveTemplate(repository, flux);
  await repository.put(fluxArchived, 0);
  await repository.setArchived(fluxArchived.id, true);
  for (const draft of drafts) await repository.put(draft, 0);
  const eks = (await repository.get('archive-055'))!.issue;
  return {
    repository,
    eksUrl: allCards(eks)[3]!.card.url,
    fluxUrl: allCards(fluxArchived)[0]!.card.url,
  };
}

/** Pastes both links into the inbox and returns their rows. */
async function pasteBoth({ repository, eksUrl, fluxUrl }: Library) {
  renderFeature(repository, <InboxPage />, '/inbox');
  await screen.findByText(/The inbox is empty/);
  fireEvent.change(screen.getByLabelText(/^Paste links/), {
    target: { value: `${eksUrl}\n${fluxUrl}` },
  });
  await userEvent.click(screen.getByRole('button', { name: 'Add to inbox' }));
  await screen.findByText('Added 2 candidates from the pasted links.');
  const rows = within(screen.getByRole('listbox')).getAllByRole('option');
  const rowOf = (url: string) => rows.find((row) => row.textContent?.includes(url))!;
  return { eksRow: rowOf(eksUrl), fluxRow: rowOf(fluxUrl) };
}

const fluxSlug = issueSlug(fluxArchived);

describe('<InboxPage> featured badges and the target draft’s newsletter', () => {
  it('sending to a Flux draft, flags what Flux featured and not what EKS News did', async () => {
    const draft = readFluxIssue('2023-06-06-may-update.md', 'flux-draft');
    const { eksRow, fluxRow } = await pasteBoth(await library([draft]));
    const badge = await within(fluxRow).findByRole('link', { name: /^Already featured in / });
    expect(badge.getAttribute('href')).toBe(`/issues/${fluxArchived.id}/preview`);
    expect(badge.textContent).not.toContain('Flux updates');
    expect(within(eksRow).queryByRole('link')).toBeNull();
  });

  it('sending to an EKS News draft, flags what EKS News featured and not what Flux did', async () => {
    const draft = newIssue(eksNewsTemplate, '079', '2024-08-01T15:00:00Z', 1_000);
    const { eksRow, fluxRow } = await pasteBoth(await library([draft]));
    expect(
      await within(eksRow).findByRole('link', { name: 'Already featured in #055' }),
    ).toBeInstanceOf(HTMLAnchorElement);
    expect(within(fluxRow).queryByRole('link')).toBeNull();
  });

  it('with no draft, flags both and names each issue’s newsletter', async () => {
    const { eksRow, fluxRow } = await pasteBoth(await library([]));
    // A Flux update has no slug in its front matter: its newsletter's name alone says where.
    const fluxName = ['Flux updates', fluxSlug].filter((part) => part !== '').join(' ');
    const fluxBadge = await within(fluxRow).findByRole('link', {
      name: `Already featured in ${fluxName}`,
    });
    expect(fluxBadge.textContent).toBe(`in ${fluxName}`);
    const eksBadge = await within(eksRow).findByRole('link', {
      name: 'Already featured in EKS News 055',
    });
    expect(eksBadge.getAttribute('href')).toBe('/issues/archive-055/preview');
  });
});
