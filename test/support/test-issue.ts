// Builds valid issues by hand for the persistence tests (used by tests only). The issues follow
// the model's rules (ids, separators, dialect) closely enough to be exported later, but their
// content is made up: the persistence layer stores whatever valid issue it is given.

import type { Block, Issue, IssueStatus, LinkCard, Section } from '../../src/core/model/types';
import { itemDialect } from './model-builders';

export interface TestIssueOptions {
  id?: string;
  slug?: string;
  title?: string;
  status?: IssueStatus;
  /** Cards spread over the sections, the first sections getting one more when it does not divide. */
  cards?: number;
  sections?: number;
  createdAt?: number;
  updatedAt?: number;
}

const HEADINGS = [
  'New AWS services and features',
  'AWS blogs',
  'Community news and articles',
  'Videos and webinars',
  'Open source projects',
];

export function testCard(id: string, n: number): LinkCard {
  return {
    kind: 'card',
    id,
    title: `Card ${n}: scaling clusters with Karpenter`,
    url: `https://example.com/articles/${n}`,
    bullets: [
      {
        id: `${id}-b1`,
        depth: 1,
        content: [
          { kind: 'text', text: 'A summary with ' },
          { kind: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          { kind: 'text', text: ' and a ' },
          { kind: 'text', text: 'link', marks: [{ type: 'link', href: 'https://eks.news/' }] },
        ],
        after: '\n',
      },
    ],
    style: 'item',
    headerAfter: '\n',
    after: '',
  };
}

function sections(issueId: string, count: number, cards: number): Section[] {
  let next = 1;
  return Array.from({ length: count }, (_, s) => {
    const here = Math.floor(cards / count) + (s < cards % count ? 1 : 0);
    const blocks: Block[] = Array.from({ length: here }, () => {
      const n = next++;
      return testCard(`${issueId}-c${n}`, n);
    });
    return {
      id: `${issueId}-s${s + 1}`,
      heading: HEADINGS[s % HEADINGS.length] ?? 'Section',
      level: 2,
      headingAfter: '\n\n',
      blocks,
    };
  });
}

export function buildTestIssue(options: TestIssueOptions = {}): Issue {
  const slug = options.slug ?? '101';
  const id = options.id ?? `issue-${slug}`;
  const createdAt = options.createdAt ?? 1_700_000_000_000;
  return {
    id,
    frontMatter: {
      format: 'toml',
      open: '+++',
      entries: [
        { key: 'date', value: { date: '2024-05-03T07:00:00Z' } },
        { key: 'categories', value: ['Archive', '2024', 'Monthly'] },
        { key: 'slug', value: slug },
        { key: 'title', value: options.title ?? `EKS News ${slug}` },
      ],
      close: '+++\n',
    },
    preamble: '{{< eo >}}\n\n',
    intro: [
      {
        kind: 'prose',
        id: `${id}-intro`,
        content: [{ kind: 'text', text: 'Hello.' }],
        after: '\n\n',
      },
    ],
    sections: sections(id, options.sections ?? 3, options.cards ?? 6),
    epilogue: '',
    dialect: itemDialect,
    status: options.status ?? 'draft',
    createdAt,
    updatedAt: options.updatedAt ?? createdAt,
  };
}
