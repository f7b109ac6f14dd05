// Test helper: small builders for hand-made issues.
import type { Block, Bullet, Dialect, Issue, LinkCard, Section } from '../../src/core/model/types';

/** The dialect of EKS News since 2023: `*` items indented 4 spaces, tight, `##` headings. */
export const itemDialect: Dialect = {
  eol: '\n',
  bom: false,
  indent: 4,
  marker: '*',
  loose: false,
  cardStyle: 'item',
  headingLevel: 2,
  shortcodeAt: 'top',
  finalNewline: true,
  sortedKeys: true,
};

export const text = (value: string) => [{ kind: 'text' as const, text: value }];

export const bullet = (id: string, depth: 1 | 2 | 3, value: string): Bullet => ({
  id,
  depth,
  content: text(value),
  after: '\n',
});

export const card = (
  id: string,
  title: string,
  url: string,
  extra: Partial<LinkCard> = {},
): LinkCard => ({
  kind: 'card',
  id,
  title,
  url,
  bullets: [],
  style: 'item',
  headerAfter: '\n',
  after: '',
  ...extra,
});

export const section = (id: string, heading: string, blocks: Block[], level = 2): Section => ({
  id,
  heading,
  level,
  headingAfter: '\n\n',
  blocks,
});

export function issue(parts: Partial<Issue>): Issue {
  return {
    id: 'issue-1',
    frontMatter: {
      format: 'toml',
      open: '+++',
      entries: [
        { key: 'date', value: { date: '2023-06-09T07:00:00Z' } },
        { key: 'title', value: 'EKS News <056> & "friends"' },
      ],
      close: '+++\n',
    },
    preamble: '{{< eo >}}\n\n<br/><br/><br/><br/>\n',
    intro: [{ kind: 'prose', id: 'p1', content: text('Happy birthday EKS!'), after: '\n\n' }],
    sections: [],
    epilogue: '',
    dialect: itemDialect,
    status: 'draft',
    createdAt: 0,
    updatedAt: 0,
    ...parts,
  };
}
