// Sends a candidate to a section of a draft: a new card with the candidate's title and link and
// a first summary bullet drafted from its excerpt. The draft is read, changed and written at the
// revision it was read at; if another tab saved it in between, the card is added again to what
// that tab saved, so nothing is overwritten.

import type { Candidate } from '../../core/inbox/candidate';
import { draftBullet } from '../../core/inbox/draft-bullet';
import { addCard, createCard } from '../../core/model/ops/card-ops';
import { ConflictError } from '../../persistence/conflict-error';
import type { IssueRepository } from '../../persistence/issue-repository';

export interface SentCard {
  issueId: string;
  cardId: string;
  sectionHeading: string;
  /** True when the candidate had no link and the card's URL is still to be filled in. */
  needsUrl: boolean;
}

const ATTEMPTS = 3;

export async function sendCandidate(
  repository: IssueRepository,
  issueId: string,
  sectionId: string,
  candidate: Candidate,
  now = Date.now(),
): Promise<SentCard> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendOnce(repository, issueId, sectionId, candidate, now);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt === ATTEMPTS) throw error;
    }
  }
}

async function sendOnce(
  repository: IssueRepository,
  issueId: string,
  sectionId: string,
  candidate: Candidate,
  now: number,
): Promise<SentCard> {
  const stored = await repository.get(issueId);
  if (stored === undefined) throw new Error('the draft no longer exists');
  if (stored.archived) throw new Error('the issue is archived and read-only');
  const section = stored.issue.sections.find((s) => s.id === sectionId);
  if (section === undefined) throw new Error('the draft no longer has that section');
  const bullet = draftBullet(candidate.excerpt);
  const card = createCard(stored.issue, {
    title: candidate.title,
    url: candidate.url ?? '',
    bullets: bullet === '' ? [] : [bullet],
  });
  const updated = { ...addCard(stored.issue, sectionId, card), updatedAt: now };
  await repository.put(updated, stored.rev);
  return {
    issueId,
    cardId: card.id,
    sectionHeading: section.heading,
    needsUrl: candidate.url === undefined || candidate.url === '',
  };
}
