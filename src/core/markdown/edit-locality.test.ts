import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { changedLines } from '../../../test/helpers/changed-lines';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';
import { allCards } from '../model/ops/locate';
import { addCard, createCard, setBulletContent, updateCardFields } from '../model/ops/card-ops';
import type { Issue } from '../model/types';

function firstSingleLineBullet(issue: Issue) {
  for (const { card } of allCards(issue)) {
    const bullet = card.bullets.find((b) => b.source && !b.source.includes('\n'));
    if (bullet) return { card, bullet };
  }
  return undefined;
}

const withBullets = corpusFiles().filter((name) =>
  firstSingleLineBullet(importIssue(readCorpus(name))),
);

describe('editing one bullet changes only that line', () => {
  it('covers nearly every archive file', () => {
    expect(withBullets.length).toBeGreaterThanOrEqual(75);
  });

  it.each(withBullets)('%s', (name) => {
    const text = readCorpus(name);
    const issue = importIssue(text);
    const found = firstSingleLineBullet(issue);
    if (!found) throw new Error('no bullet');
    const { card, bullet } = found;
    const content = [...bullet.content, { kind: 'text' as const, text: ' Edited in Broadsheet.' }];
    const edited = exportIssue(setBulletContent(issue, card.id, bullet.id, content));
    const diff = changedLines(text, edited);
    expect(diff.removed).toEqual([bullet.source?.replace(/\r$/, '')]);
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toMatch(/ Edited in Broadsheet\.\r?$/);
    const reread = importIssue(edited);
    const again = allCards(reread).find(
      (c) => c.card.url === card.url && c.card.title === card.title,
    );
    expect(again?.card.bullets.map((b) => b.content)).toContainEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: expect.stringContaining('Edited in Broadsheet.') }),
      ]),
    );
  });
});

describe('editing a card title changes only its title line', () => {
  it.each(['000.md', '030.md', '056.md', '070.md', '078.md'])('%s', (name) => {
    const text = readCorpus(name);
    const issue = importIssue(text);
    const { card } = allCards(issue)[0] ?? {};
    if (!card) throw new Error('no card');
    const edited = exportIssue(
      updateCardFields(issue, card.id, { title: `${card.title} (updated)` }),
    );
    const diff = changedLines(text, edited);
    expect(diff.removed).toEqual([card.headerSource]);
    expect(diff.added).toEqual([
      card.headerSource?.replace(`${card.title}]`, `${card.title} (updated)]`),
    ]);
  });
});

describe('a new card looks like its neighbours', () => {
  it('in a 2-space loose-list file (070) it is a loose item with 2-space bullets', () => {
    const text = readCorpus('070.md');
    const issue = importIssue(text);
    const section = issue.sections.find((s) => s.heading === 'AWS blogs');
    if (!section) throw new Error('no section');
    const card = createCard(issue, {
      title: 'A new post',
      url: 'https://aws.amazon.com/blogs/containers/a-new-post/',
      tag: 'Blog',
      bullets: ['First point.', 'Second point.'],
    });
    const edited = exportIssue(addCard(issue, section.id, card));
    const diff = changedLines(text, edited);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toHaveLength(4);
    expect(edited).toContain(
      [
        'with in-built best practices and patterns.',
        '',
        '* [**Blog**] [A new post](https://aws.amazon.com/blogs/containers/a-new-post/)',
        '  * First point.',
        '  * Second point.',
        '',
        '## Community news and articles',
      ].join('\n'),
    );
  });

  it('in a 4-space tight-list file (056) it is a tight item with 4-space bullets', () => {
    const text = readCorpus('056.md');
    const issue = importIssue(text);
    const section = issue.sections.find((s) => s.heading === 'AWS blogs');
    if (!section) throw new Error('no section');
    const card = createCard(issue, {
      title: 'Post',
      url: 'https://example.com/p',
      bullets: ['Point.'],
    });
    const diff = changedLines(text, exportIssue(addCard(issue, section.id, card)));
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual(['* [Post](https://example.com/p)', '    * Point.']);
  });

  it('in a paragraph-era file (010) it is a title paragraph followed by its bullets', () => {
    const text = readCorpus('010.md');
    const issue = importIssue(text);
    const section = issue.sections[1];
    if (!section) throw new Error('no section');
    const card = createCard(issue, {
      title: 'Post',
      url: 'https://example.com/p',
      bullets: ['Point.'],
    });
    const diff = changedLines(text, exportIssue(addCard(issue, section.id, card)));
    expect(diff.removed).toEqual([]);
    expect(diff.added.filter((l) => l !== '')).toEqual([
      '[Post](https://example.com/p)',
      '* Point.',
    ]);
  });
});
