import { describe, expect, it } from 'vitest';
import { measureAutosaveWrites, median } from './measure-autosave';
import { MemoryIssueRepository } from './memory-issue-repository';
import { buildTestIssue } from '../../test/support/test-issue';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('measureAutosaveWrites', () => {
  it('times each guarded write of the edited issue with the given clock', async () => {
    const repo = new MemoryIssueRepository();
    const issue = buildTestIssue({ cards: 500, sections: 5 });
    let tick = 0;
    const steps = [3, 1, 4, 1, 5];
    const clock = () => (tick++ % 2 === 0 ? 0 : steps[Math.floor(tick / 2) - 1]!);
    const timing = await measureAutosaveWrites(repo, issue, 5, clock);
    expect(timing.samples).toEqual([3, 1, 4, 1, 5]);
    expect(timing.median).toBe(3);
    const stored = await repo.get(issue.id);
    expect(stored?.rev).toBe(6);
    const firstCard = (i: typeof issue) => i.sections[0]!.blocks[0]!;
    expect(firstCard(stored!.issue)).toMatchObject({
      title: `${(firstCard(issue) as { title: string }).title}01234`,
    });
    expect(stored?.issue.sections.slice(1)).toEqual(issue.sections.slice(1));
  });
});
