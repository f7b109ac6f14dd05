import { describe, expect, it } from 'vitest';
import type { CardShape } from '../model/card-shape';
import type { Block, Issue, LinkCard } from '../model/types';
import { plainText } from '../model/rich-text';
import { addCard, createCard, updateCardFields } from '../model/ops/card-ops';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';

const every: CardShape[] = ['link-item', 'link-paragraph', 'link-heading'];

function read(body: string, shapes: readonly CardShape[] = every): Issue {
  return importIssue(`---\ntitle: Test\n---\n\n## Links\n\n${body}`, { cardShapes: () => shapes });
}

function blocks(issue: Issue): Block[] {
  return issue.sections.flatMap((s) => s.blocks);
}

function cards(issue: Issue): LinkCard[] {
  return blocks(issue).filter((b): b is LinkCard => b.kind === 'card');
}

function edited(issue: Issue, card: LinkCard, title: string): string {
  return exportIssue(updateCardFields(issue, card.id, { title }));
}

const hardBreaks = [
  '**[Tracing in Go](https://example.com/go)** (5 minute read)\\\nHow spans travel.\n\n**[Rust errors](https://example.com/rust)** by Ada\\\nWhat `?` does.\n',
  '[Tracing in Go](https://example.com/go) (5 minute read)  \nHow spans travel.\n\n[Rust errors](https://example.com/rust) by Ada  \nWhat `?` does.\n',
];

describe('a paragraph card whose title line ends in a hard break', () => {
  it.each(hardBreaks)('reads title, trailing text and description: %j', (body) => {
    const issue = read(body);
    const [first, second] = cards(issue);
    expect(first).toMatchObject({ title: 'Tracing in Go', url: 'https://example.com/go' });
    expect(plainText(first?.trailing ?? [])).toBe(' (5 minute read)');
    expect(first?.description?.map((p) => plainText(p.content))).toEqual(['How spans travel.']);
    expect(plainText(second?.trailing ?? [])).toBe(' by Ada');
    expect(first?.bold).toBe(body.startsWith('**') ? true : undefined);
  });

  it.each(hardBreaks)(
    'comes back byte for byte, and an edited title keeps the break: %j',
    (body) => {
      const issue = read(body);
      const text = exportIssue(issue);
      expect(text.endsWith(body)).toBe(true);
      const first = cards(issue)[0] as LinkCard;
      const breakMark = body.includes('\\\n') ? '\\\n' : '  \n';
      const bold = body.startsWith('**');
      const header = bold
        ? '**[Tracing in Rust](https://example.com/go)**'
        : '[Tracing in Rust](https://example.com/go)';
      expect(edited(issue, first, 'Tracing in Rust')).toBe(
        text.replace(/^.*Tracing in Go.*$/m, `${header} (5 minute read)${breakMark.slice(0, -1)}`),
      );
    },
  );
});

describe('a paragraph card described by the paragraphs after it', () => {
  const body =
    '[First](https://a.example/1) (3 minute read)\n\nWhat the first says.\n\nMore on it.\n\n[Second](https://a.example/2)\n\nWhat the second says.\n';

  it('takes the paragraphs up to the next card as its description', () => {
    const issue = read(body);
    expect(cards(issue).map((c) => c.description?.length)).toEqual([2, 1]);
    expect(blocks(issue)).toHaveLength(2);
    expect(exportIssue(issue).endsWith(body)).toBe(true);
  });

  it('leaves prose after a lone link among prose as prose', () => {
    const issue = read(
      'Intro words.\n\n[Register here](https://a.example/r)\n\nA talk about it.\n',
    );
    expect(blocks(issue).map((b) => b.kind)).toEqual(['prose', 'card', 'prose']);
  });

  it('keeps prose that merely holds links, or opens with one in a sentence, as prose', () => {
    const issue = read(
      '[Flux](https://fluxcd.io) is a set of tools that keep clusters in sync.\n\nSee [the docs](https://a.example/d) and [the blog](https://a.example/b).\n',
    );
    expect(blocks(issue).map((b) => b.kind)).toEqual(['prose', 'prose']);
  });

  it('is prose where the template reads no paragraph cards', () => {
    const issue = read(body, ['link-item']);
    expect(cards(issue)).toEqual([]);
    expect(exportIssue(issue).endsWith(body)).toBe(true);
  });
});

describe('a heading card', () => {
  const body =
    '### [Release 2.0](https://b.example/2)\n\nThe big one.\n\nUpgrade notes.\n\n### [Release 1.9](https://b.example/1.9)\n\nFixes.\n';

  it('reads a heading that is a link, and the paragraphs after it', () => {
    const issue = read(body);
    expect(cards(issue).map((c) => [c.heading, c.title, c.description?.length])).toEqual([
      [3, 'Release 2.0', 2],
      [3, 'Release 1.9', 1],
    ]);
    expect(exportIssue(issue).endsWith(body)).toBe(true);
  });

  it('writes an edited title as a heading of the same level', () => {
    const issue = read(body);
    const text = edited(issue, cards(issue)[1] as LinkCard, 'Release 1.9.1');
    expect(text).toBe(exportIssue(issue).replace('[Release 1.9]', '[Release 1.9.1]'));
  });

  it('reads a subtitle written against the link, after a colon, as the trailing text', () => {
    const subtitled = '### [Karpenter 1.0](https://k.example/1.0): a field report\n\nNotes.\n';
    const issue = read(subtitled);
    const [card] = cards(issue);
    expect([card?.title, plainText(card?.trailing ?? [])]).toEqual([
      'Karpenter 1.0',
      ': a field report',
    ]);
    const text = edited(issue, card as LinkCard, 'Karpenter 1.0.1');
    expect(text).toBe(exportIssue(issue).replace('[Karpenter 1.0]', '[Karpenter 1.0.1]'));
  });

  it('is a heading and prose where the template reads no heading cards', () => {
    const issue = read(body, ['link-item', 'link-paragraph']);
    expect(blocks(issue).map((b) => b.kind)).toEqual(['raw', 'prose', 'prose', 'raw', 'prose']);
  });
});

describe('a list item whose link title wraps', () => {
  const body =
    '- [Niki Manoledaki: Evaluating the Energy Footprint of\n   GitOps Architecture](https://sched.co/1Jp7y)\n- [Internal documentation](https://github.com/fluxcd/website)\n  which explains how to use the website.\n';

  it('reads the title as one line, and the words after the link as its trailing text', () => {
    const issue = read(body);
    const [wrapped, trailing] = cards(issue);
    expect(wrapped?.title).toBe(
      'Niki Manoledaki: Evaluating the Energy Footprint of GitOps Architecture',
    );
    expect(plainText(trailing?.trailing ?? [])).toBe('\nwhich explains how to use the website.');
    expect(exportIssue(issue).endsWith(body)).toBe(true);
  });

  it('writes an edited wrapped title on one line, in the list marker of the file', () => {
    const issue = read(body);
    const text = edited(issue, cards(issue)[0] as LinkCard, 'Energy footprint of GitOps');
    expect(text).toBe(
      exportIssue(issue).replace(/- \[Niki[^\]]*\]/, '- [Energy footprint of GitOps]'),
    );
  });
});

describe('a new card among cards of another shape', () => {
  it('looks like its neighbours: a bold paragraph', () => {
    const issue = read(hardBreaks[0] as string);
    const section = issue.sections[0];
    const card = createCard(issue, { title: 'New one', url: 'https://c.example/new' });
    const text = exportIssue(addCard(issue, section?.id ?? '', card));
    expect(text.endsWith('What `?` does.\n\n**[New one](https://c.example/new)**\n')).toBe(true);
  });
});
