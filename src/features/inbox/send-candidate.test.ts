import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../core/inbox/candidate';
import type { Issue, LinkCard } from '../../core/model/types';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { newIssue } from '../../core/template/new-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { sendCandidate } from './send-candidate';

const candidate: Candidate = {
  id: 'c1',
  title: 'Amazon EKS extended support',
  url: 'https://aws.amazon.com/blogs/containers/extended-support/',
  excerpt: 'Extended support is now generally available. It adds 12 months. Pricing follows.',
  addedAt: 1,
};

async function draftIn(repository: MemoryIssueRepository): Promise<Issue> {
  const draft = newIssue(eksNewsTemplate, '079', '2024-08-01T15:00:00Z', 1_000);
  await repository.put(draft, 0);
  return draft;
}

describe('sendCandidate', () => {
  it("adds the card on top of another tab's save instead of overwriting it", async () => {
    const repository = new MemoryIssueRepository();
    const draft = await draftIn(repository);
    const original = repository.get.bind(repository);
    let reads = 0;
    repository.get = async (id) => {
      const stored = await original(id);
      if (reads++ === 0) {
        // Another tab saves the draft between this read and the write.
        await repository.put({ ...draft, preamble: 'saved in another tab' });
      }
      return stored;
    };
    const sent = await sendCandidate(repository, draft.id, draft.sections[1]!.id, candidate, 5);
    const stored = (await original(draft.id))!;
    expect(stored.rev).toBe(3);
    expect(stored.issue.preamble).toBe('saved in another tab');
    expect(stored.issue.updatedAt).toBe(5);
    const card = stored.issue.sections[1]!.blocks[0] as LinkCard;
    expect(card.id).toBe(sent.cardId);
    expect(card.bullets.map((b) => b.content)).toEqual([
      [{ kind: 'text', text: 'Extended support is now generally available. It adds 12 months.' }],
    ]);
    expect(sent).toMatchObject({ sectionHeading: 'AWS blogs', needsUrl: false });
  });

  it('refuses an archived issue and a section that is gone, changing nothing', async () => {
    const repository = new MemoryIssueRepository();
    const draft = await draftIn(repository);
    await expect(sendCandidate(repository, draft.id, 'no-such-section', candidate)).rejects.toThrow(
      'the draft no longer has that section',
    );
    await repository.setArchived(draft.id, true);
    await expect(
      sendCandidate(repository, draft.id, draft.sections[0]!.id, candidate),
    ).rejects.toThrow('the issue is archived and read-only');
    expect((await repository.get(draft.id))!.rev).toBe(1);
  });
});
