import { describe, expect, it } from 'vitest';
import { changedLines } from '../../../test/helpers/changed-lines';
import { readCorpus } from '../../../test/helpers/corpus';
import { exportIssue } from '../markdown/export-issue';
import { importIssue } from '../markdown/import-issue';
import { addCard, createCard } from '../model/ops/card-ops';
import type { Issue } from '../model/types';
import { eksNewsTemplate } from './eks-news';
import { ensureTemplateSection } from './ensure-template-section';

const issue = (name: string) => importIssue(readCorpus(name));
const headings = (of: Issue) => of.sections.map((s) => `${'#'.repeat(s.level)} ${s.heading}`);

function ensure(of: Issue, name: string) {
  const placed = ensureTemplateSection(of, eksNewsTemplate, name);
  if (!placed) throw new Error(`no section for ${name}`);
  return placed;
}

describe('ensureTemplateSection', () => {
  it('uses 056\'s "New videos and webinars": nothing added', () => {
    const source = issue('056.md');
    const placed = ensure(source, 'Videos and webinars');
    expect(placed.issue).toBe(source);
    expect(placed.section.heading).toBe('New videos and webinars');
  });

  it('adds a missing section under its current name where the template orders it (025)', () => {
    const text = readCorpus('025.md');
    const source = importIssue(text);
    const placed = ensure(source, 'Videos and webinars');
    expect(headings(placed.issue)).toEqual([
      '## New and notable EKS Blogs',
      '## Ecosystem News',
      '## Videos and webinars',
      '## Open source projects',
      '## CTFC and community videos',
      '## For Fun',
    ]);
    const card = createCard(placed.issue, { title: 'A talk', url: 'https://youtu.be/abc' });
    const edited = exportIssue(addCard(placed.issue, placed.section.id, card));
    expect(changedLines(text, edited)).toEqual({
      removed: [],
      added: ['## Videos and webinars', '', '* [A talk](https://youtu.be/abc)', ''],
    });
  });

  it('puts a section the template orders first at the top, and one it orders last after the last known', () => {
    expect(headings(ensure(issue('001.md'), 'New AWS services and features').issue)[0]).toBe(
      '## New AWS services and features',
    );
    expect(headings(ensure(issue('024.md'), 'Open source projects').issue)).toEqual([
      '## New and notable EKS blogs',
      '## Containers from the Couch and other videos',
      '## Upcoming CTFC episodes',
      '## Ecosystem News',
      '## Open source projects',
      '## For fun',
    ]);
  });

  it("writes the heading at the issue's level (003 uses ###)", () => {
    const placed = ensure(issue('003.md'), 'Videos and webinars');
    expect(headings(placed.issue)).toEqual([
      '### New and notable blogs',
      '### Ecosystem News',
      '### Videos and webinars',
    ]);
    expect(exportIssue(placed.issue)).toContain('\n### Videos and webinars\n');
  });

  it('adds a section the template does not know at the end, under the name given', () => {
    const placed = ensure(issue('065.md'), 'Events');
    expect(placed.section.heading).toBe('Events');
    expect(headings(placed.issue).at(-1)).toBe('## Events');
  });
});
