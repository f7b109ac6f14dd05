// @vitest-environment jsdom
// The editor's "already featured" badges look within the draft's own newsletter: a link EKS News
// 055 featured is flagged in an EKS News draft, not in a Flux update that links it too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { readCorpus } from '../../../test/support/corpus-fixture';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { importIssue } from '../../core/markdown/import-issue';
import { addCard, createCard } from '../../core/model/ops/card-ops';
import { allCards } from '../../core/model/ops/locate';
import type { Issue } from '../../core/model/types';
import { learnTemplate } from '../../core/template/learn-template';
import { templateCardShapes } from '../../core/template/template-card-shapes';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive } from '../archive/import-archive';
import { saveTemplate } from '../templates/save-template';

afterEach(cleanup);

const flux = {
  ...learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) }))),
  id: 'flux',
  name: 'Flux',
};

/** A library with EKS News 055 archived and the Flux template stored. */
async function library(): Promise<MemoryIssueRepository> {
  const memory = new MemoryIssueRepository();
  await importArchive([new File([readCorpus('055.md')], '055.md')], memory);
  await saveTemplate(memory, flux);
  return memory;
}

const url055 = allCards(importIssue(readCorpus('055.md')))[3]!.card.url;

function withCard(issue: Issue): Issue {
  const sectionId = issue.sections.find((s) => s.blocks.some((b) => b.kind === 'card'))!.id;
  return addCard(issue, sectionId, createCard(issue, { title: 'Again', url: url055 }));
}

/** Opens the draft and waits until the editor's one lookup of its links has been answered. */
async function openAndLookUp(memory: MemoryIssueRepository, draft: Issue): Promise<void> {
  const findLinks = vi.spyOn(memory, 'findLinks');
  await renderCompose(draft, { memory });
  await vi.waitFor(() => expect(findLinks.mock.results.length).toBeGreaterThan(0));
  await act(async () => {
    await Promise.all(findLinks.mock.results.map((result) => result.value as Promise<unknown>));
  });
}

describe('the editor’s featured badges and the draft’s newsletter', () => {
  it('flags a link EKS News featured in an EKS News draft', async () => {
    const memory = await library();
    await openAndLookUp(memory, { ...withCard(corpusIssue('056.md')), templateId: 'eks-news' });
    expect(await screen.findByRole('link', { name: /^Already featured in #055/ })).toBeInstanceOf(
      HTMLAnchorElement,
    );
  });

  it('does not flag it in a Flux update', async () => {
    const memory = await library();
    const text = readFlux('2023-05-02-april-update.md');
    const read = importIssue(text, { id: 'flux-april', cardShapes: templateCardShapes(flux) });
    await openAndLookUp(memory, { ...withCard(read), templateId: 'flux' });
    expect(screen.getAllByRole('article', { name: /Again/ })).toHaveLength(1);
    expect(screen.queryByRole('link', { name: /^Already featured/ })).toBeNull();
  });
});
