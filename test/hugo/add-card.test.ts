import { beforeAll, describe, it } from 'vitest';
import { addCardText } from '../../src/cli/commands.ts';
import { readCorpusFile } from './corpus.ts';
import { attemptExport, buildInputs, exportedText, type ExportAttempt } from './attempt-export.ts';
import { buildWithHugo } from './build-with-hugo.ts';
import { expectCardRendered, type TypedCard } from './expect-card-rendered.ts';

// Cards added by add-card to files of each era render in the real Hugo with exactly the title
// text and the URL that were typed: titles full of markdown syntax, URLs with parentheses,
// spaces, brackets and angle brackets. The rest of each file renders as before.

interface Case extends TypedCard {
  file: string;
}

// Bullets are plain text (as the CLI's --bullet): what looks like markdown must stay text.
const bullets = [
  'Plain *stars*, _underscores_, <b>tags</b> & [brackets](not-a-link) stay text',
  '- not a nested list',
  '1. not a numbered list',
  '# not a heading, `not code`, ~~not struck~~ and a trailing backslash \\',
];

const cases: Record<string, Case> = {
  'brackets and emphasis, balanced parens (4-space tight, 056)': {
    file: '056.md',
    section: 'AWS blogs',
    title: 'Escaping [brackets] and *stars* and _underscores_ and **double**',
    url: 'https://example.com/a_(b)_c',
    bullets,
  },
  'raw HTML and entities, spaces in the URL (2-space loose, 070)': {
    file: '070.md',
    section: 'Community news and articles',
    title: '<div> & <b>bold</b> are text, AT&T &copy; &#35; too',
    url: 'https://example.com/path with spaces/file name.html',
    bullets,
  },
  'hash, backslash, backticks; query with parens and brackets (### headings, 004)': {
    file: '004.md',
    section: 'Ecosystem News',
    title: 'Issue #42: back\\slash, `code` ticks and a lone ` tick',
    url: 'https://example.com/search?q=(a)&b=[c]',
    bullets,
  },
  'list-like and lone brackets; unbalanced parens (paragraph cards, 010)': {
    file: '010.md',
    section: 'New and notable blogs',
    title: '1. Not a list ] a lone bracket [ and ( parens )',
    url: 'https://example.com/(open',
    bullets,
  },
  'title ending in a backslash; closing paren in the URL (2-space, 024)': {
    file: '024.md',
    section: 'New and notable EKS blogs',
    title: '~~not struck~~ [^1] <https://not.a.link> ends with \\',
    url: 'https://example.com/a)b',
    bullets,
  },
  'tagged card; angle brackets, quotes and a literal &amp; in the URL (075)': {
    file: '075.md',
    section: 'AWS blogs',
    tag: 'Blog',
    title: '**Not bold** _nor italic_ # not a heading',
    url: 'https://example.com/<angle>/"quoted"?a=1&amp;copy=2',
    bullets,
  },
  'backslash, unicode and an existing escape in the URL; no bullets (078)': {
    file: '078.md',
    section: 'Open source projects',
    title: 'Ünïcödé & emoji 🚀 + plus - minus',
    url: 'https://example.com/back\\slash/ünï/%20encoded (x) y',
    bullets: [],
  },
  'a one-letter title that a task list would take for a checkbox (tagged, 070)': {
    file: '070.md',
    section: 'AWS blogs',
    tag: 'Blog',
    title: 'x',
    url: 'https://example.com/x',
    bullets,
  },
  'a URL ending in a backslash (056)': {
    file: '056.md',
    section: 'Open source projects',
    title: 'Windows path',
    url: 'https://example.com/C:\\dir\\',
    bullets,
  },
};

// A shortcode in a title must stay text: Hugo would otherwise run it. Built on its own, so an
// export that Hugo refuses fails this case and not the whole group.
const shortcodeCases: Record<string, Case> = {
  'a shortcode call in the title (056)': {
    file: '056.md',
    section: 'Community news',
    title: 'Hugo {{< eo >}} and {{% eo %}} stay text',
    url: 'https://example.com/{{<eo>}}',
    bullets,
  },
};

describe('cards added by add-card, rendered by Hugo', () => {
  defineCaseTests(cases);
});

describe('a card whose title holds a Hugo shortcode call, rendered by Hugo', () => {
  defineCaseTests(shortcodeCases);
});

function defineCaseTests(group: Record<string, Case>): void {
  const exports: Record<string, ExportAttempt> = {};
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    const originals: Record<string, string> = {};
    for (const [name, { file, ...card }] of Object.entries(group)) {
      const text = readCorpusFile(file).text;
      originals[`original/${file}`] = text;
      exports[name] = attemptExport(() => addCardText(text, card));
    }
    rendered = await buildWithHugo({ ...originals, ...buildInputs(exports, 'added') });
  });

  it.each(Object.keys(group))('%s', (name) => {
    exportedText(exports[name]);
    const { file, ...card } = group[name] as Case;
    expectCardRendered(rendered[`original/${file}`] ?? '', rendered[`added/${name}`] ?? '', card);
  });
}
