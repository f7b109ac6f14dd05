import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportIssue } from '../../src/core/markdown/export-issue.ts';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import type { CardShape } from '../../src/core/model/card-shape.ts';
import { setCardDescription, updateCardFields } from '../../src/core/model/ops/card-ops.ts';
import { textOf } from '../../src/core/model/rich-text.ts';
import type { Issue, LinkCard } from '../../src/core/model/types.ts';
import { buildWithHugo } from './build-with-hugo.ts';
import { repoRoot } from './corpus.ts';

// One card of each shape is edited (its title, or a paragraph of its description), and the file
// exported: real Hugo must render it exactly as the original except that card's edited text.

const every: CardShape[] = ['link-item', 'link-paragraph', 'link-heading'];

interface Case {
  file: string;
  url: string;
  edit: (issue: Issue, card: LinkCard) => Issue;
  /** The original rendering with the edit applied by hand. */
  expected: (html: string) => string;
}

function retitle(title: string): Pick<Case, 'edit'> {
  return { edit: (issue, card) => updateCardFields(issue, card.id, { title }) };
}

/** The original HTML with the text of the link to `url` replaced by `title`. */
function anchorRetitled(url: string, title: string): (html: string) => string {
  return (html) => {
    const anchor = new RegExp(`(<a href="${url.replace(/[.?]/g, '\\$&')}"[^>]*>)[^<]*(</a>)`);
    expect(html).toMatch(anchor);
    return html.replace(anchor, `$1${title}$2`);
  };
}

const cases: Record<string, Case> = {
  'a list item with trailing text (EKS News 053)': {
    file: 'test/fixtures/eks-news/053.md',
    url: 'https://kube-green.dev/',
    ...retitle('kube green'),
    expected: anchorRetitled('https://kube-green.dev/', 'kube green'),
  },
  'a list item whose link title wraps (Flux, November 2022)': {
    file: 'test/fixtures/flux-updates/2022-12-01-november-update.md',
    url: 'https://youtu.be/Bmh7kKYLIhY',
    ...retitle('Nov 16: Flux Security and Scalability'),
    expected: anchorRetitled(
      'https://youtu.be/Bmh7kKYLIhY',
      'Nov 16: Flux Security and Scalability',
    ),
  },
  'a bold paragraph with a trailing note and a hard break': {
    file: 'test/fixtures/card-shapes/paragraph-hard-break.md',
    url: 'https://rust.example.org/errors',
    ...retitle('Rust errors explained'),
    expected: anchorRetitled('https://rust.example.org/errors', 'Rust errors explained'),
  },
  'a paragraph described by the paragraphs after it': {
    file: 'test/fixtures/card-shapes/paragraph-described.md',
    url: 'https://ux.example.org/forgiving-forms',
    ...retitle('Forgiving forms'),
    expected: anchorRetitled('https://ux.example.org/forgiving-forms', 'Forgiving forms'),
  },
  'a paragraph of a described card, edited': {
    file: 'test/fixtures/card-shapes/paragraph-described.md',
    url: 'https://css.example.com/layout-shift',
    edit: (issue, card) =>
      setCardDescription(issue, card.id, [
        card.description?.[0]?.content ?? [],
        textOf('The usual suspects close the article.'),
      ]),
    expected: (html) =>
      html.replace(
        'A short list of the usual suspects closes the article.',
        'The usual suspects close the article.',
      ),
  },
  'a heading that is a link': {
    file: 'test/fixtures/card-shapes/heading-cards.md',
    url: 'https://db.example.org/sqlite-3-45',
    ...retitle('SQLite adds JSONB'),
    // The heading's id is made from its text: it changes with the title, as part of the card.
    expected: (html) =>
      anchorRetitled(
        'https://db.example.org/sqlite-3-45',
        'SQLite adds JSONB',
      )(html).replace('id="sqlite-345-adds-jsonb', 'id="sqlite-adds-jsonb'),
  },
};

function cardOf(issue: Issue, url: string): LinkCard {
  const blocks = [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)];
  const card = blocks.find((b): b is LinkCard => b.kind === 'card' && b.url === url);
  if (!card) throw new Error(`no card links to ${url}`);
  return card;
}

describe('an edited card of each shape, rendered by Hugo', () => {
  let rendered: Record<string, string> = {};
  const inputs: Record<string, string> = {};

  beforeAll(async () => {
    for (const [name, { file, url, edit }] of Object.entries(cases)) {
      // A `url` in the front matter would name the page, and the test site names it by file.
      const text = readFileSync(path.join(repoRoot, file), 'utf8').replace(/^url: .*\n/m, '');
      const issue = importIssue(text, { cardShapes: () => every });
      inputs[`original/${name}`] = text;
      inputs[`edited/${name}`] = exportIssue(edit(issue, cardOf(issue, url)));
    }
    rendered = await buildWithHugo(inputs);
  });

  it.each(Object.keys(cases))('%s renders as before except that card', (name) => {
    const { expected } = cases[name] as Case;
    const before = rendered[`original/${name}`] ?? '';
    expect(inputs[`edited/${name}`]).not.toBe(inputs[`original/${name}`]);
    expect(rendered[`edited/${name}`]).toBe(expected(before));
  });
});
