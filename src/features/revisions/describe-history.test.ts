import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importIssue } from '../../core/markdown/import-issue';
import type { Issue, LinkCard } from '../../core/model/types';
import type { RevisionMeta } from '../../persistence/issue-repository';
import { describeHistory, reasonLabel } from './describe-history';

const issue = importIssue(
  readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8'),
  { id: 'i056', now: 1 },
);

function meta(id: string, createdAt: number, reason: RevisionMeta['reason']): RevisionMeta {
  return { id, issueId: issue.id, createdAt, reason, title: 'EKS News 056', cardCount: 0 };
}

function withoutFirstCard(from: Issue): Issue {
  const [section, ...rest] = from.sections;
  return { ...from, sections: [{ ...section!, blocks: section!.blocks.slice(1) }, ...rest] };
}

function retitleFirstCard(from: Issue, title: string): Issue {
  const [section, ...rest] = from.sections;
  const [card, ...cards] = section!.blocks as LinkCard[];
  const blocks = [{ ...card!, title, headerSource: undefined }, ...cards];
  return { ...from, sections: [{ ...section!, blocks }, ...rest] };
}

describe('describeHistory', () => {
  it('describes each revision against the one before it, newest first', () => {
    const first = issue;
    const second = withoutFirstCard(first);
    const third = retitleFirstCard(second, 'A new title');
    const metas = [meta('r3', 3, 'periodic'), meta('r2', 2, 'periodic'), meta('r1', 1, 'opened')];
    const snapshots = new Map([
      ['r1', first],
      ['r2', second],
      ['r3', third],
    ]);
    expect(describeHistory(metas, snapshots).map((e) => [e.meta.id, e.summary])).toEqual([
      ['r3', '1 card edited'],
      ['r2', '1 card removed'],
      ['r1', 'The oldest version kept'],
    ]);
  });

  it('says so when a revision could not be read, and when the one before could not', () => {
    const metas = [meta('r2', 2, 'before-restore'), meta('r1', 1, 'opened')];
    const entries = describeHistory(metas, new Map([['r2', issue]]));
    expect(entries.map((e) => e.summary)).toEqual([
      'The version before could not be read',
      'This version could not be read',
    ]);
  });

  it('names every reason a revision is taken for', () => {
    expect(reasonLabel('before-restore')).toBe('Before a restore');
    expect(reasonLabel('periodic')).toBe('While editing');
    expect(reasonLabel('opened')).toBe('As opened');
    expect(reasonLabel('took-over')).toBe('Taken over from another tab');
    expect(reasonLabel('exported')).toBe('Exported');
    expect(reasonLabel('shared')).toBe('Shared for review');
  });
});
