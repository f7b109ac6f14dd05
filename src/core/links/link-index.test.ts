import { describe, expect, it } from 'vitest';
import { itemDialect } from '../../../test/support/model-builders';
import type { Bullet, Inline, Issue, LinkCard, Section } from '../model/types';
import { eksNewsTemplate } from '../template/eks-news';
import {
  buildLinkIndex,
  duplicatesWithin,
  findFeatured,
  issueLinks,
  occurrenceTemplateId,
} from './link-index';

const dialect = itemDialect;

function link(text: string, href: string): Inline {
  return { kind: 'text', text, marks: [{ type: 'link', href }] };
}

function bullet(id: string, ...content: Inline[]): Bullet {
  return { id, depth: 1, content, after: '\n' };
}

function card(id: string, url: string, ...bullets: Bullet[]): LinkCard {
  return {
    kind: 'card',
    id,
    title: `Card ${id}`,
    url,
    bullets,
    style: 'item',
    headerAfter: '\n',
    after: '',
  };
}

function section(...blocks: Section['blocks']): Section {
  return { id: 's', heading: 'AWS blogs', level: 2, headingAfter: '\n\n', blocks };
}

function issue(
  id: string,
  slug: string | undefined,
  intro: Issue['intro'],
  ...sections: Section[]
): Issue {
  const entries = slug === undefined ? [] : [{ key: 'slug', value: slug }];
  return {
    id,
    frontMatter: { format: 'toml', open: '+++', entries, close: '+++\n' },
    preamble: '',
    intro,
    sections,
    epilogue: '',
    dialect,
    status: 'published',
    createdAt: 0,
    updatedAt: 0,
  };
}

const karpenterBlog = 'https://aws.amazon.com/blogs/containers/introducing-karpenter/';

const i054 = issue(
  'a',
  '054',
  [
    {
      kind: 'prose',
      id: 'p',
      content: [{ kind: 'text', text: 'Hello ' }, link('EKS News', 'https://eks.news')],
      after: '\n',
    },
  ],
  section(
    card(
      'c1',
      `${karpenterBlog}?utm_source=newsletter`,
      bullet('b1', link('docs', 'https://karpenter.sh/docs/')),
    ),
    card('c2', 'https://youtu.be/9AQEptIi2o8'),
  ),
);
const i009 = issue(
  'b',
  '009',
  [],
  section(card('c3', 'http://www.aws.amazon.com/blogs/containers/introducing-karpenter')),
);
const i056 = issue(
  'c',
  '056',
  [
    {
      kind: 'raw',
      id: 'r',
      markdown: 'See [the site](https://eks.news/) and <https://karpenter.sh>.',
      after: '\n',
    },
  ],
  section(
    card(
      'c4',
      'https://www.youtube.com/watch?v=9AQEptIi2o8&t=359s',
      bullet('b2', { kind: 'text', text: 'plain' }),
    ),
  ),
);
const index = buildLinkIndex([i056, i054, i009]);

describe('issueLinks', () => {
  it('lists card URLs, bullet links and prose links in document order', () => {
    expect(issueLinks(i054).map(({ where, url, cardId }) => [where, url, cardId])).toEqual([
      ['prose', 'https://eks.news', undefined],
      ['card', `${karpenterBlog}?utm_source=newsletter`, 'c1'],
      ['bullet', 'https://karpenter.sh/docs/', 'c1'],
      ['card', 'https://youtu.be/9AQEptIi2o8', 'c2'],
    ]);
  });

  it('reads links inside raw blocks, and skips cards without a URL', () => {
    const raw = issue('r', '1', i056.intro, section(card('empty', '  ')));
    expect(issueLinks(raw).map((occurrence) => occurrence.url)).toEqual([
      'https://eks.news/',
      'https://karpenter.sh',
    ]);
  });

  it('counts a link split over differently formatted runs once', () => {
    const href = 'https://eks.news';
    const bold: Inline = {
      kind: 'text',
      text: 'News',
      marks: [{ type: 'link', href }, { type: 'bold' }],
    };
    const split = issue(
      's',
      '1',
      [],
      section(card('c', 'https://a.example', bullet('b', link('EKS ', href), bold))),
    );
    expect(issueLinks(split).filter((occurrence) => occurrence.where === 'bullet')).toHaveLength(1);
  });

  it('uses an empty slug for an issue without one', () => {
    expect(
      issueLinks(issue('x', undefined, [], section(card('c', 'https://a.example'))))[0]?.slug,
    ).toBe('');
  });
});

describe('findFeatured', () => {
  it('finds a link however it was written, oldest issue first', () => {
    const found = findFeatured(
      index,
      'https://aws.amazon.com/blogs/containers/introducing-karpenter',
    );
    expect(found.map(({ slug, cardId, where }) => [slug, cardId, where])).toEqual([
      ['009', 'c3', 'card'],
      ['054', 'c1', 'card'],
    ]);
  });

  it('recognises a video across youtu.be and watch links', () => {
    expect(
      findFeatured(index, 'https://youtube.com/shorts/9AQEptIi2o8').map((o) => o.slug),
    ).toEqual(['054', '056']);
  });

  it('leaves out the issue being edited', () => {
    expect(
      findFeatured(index, 'https://youtu.be/9AQEptIi2o8', { excludeIssueId: 'c' }).map(
        (o) => o.slug,
      ),
    ).toEqual(['054']);
  });

  it('keeps only earlier issues when asked, by issue number', () => {
    const numbered = buildLinkIndex([
      issue('n10', '10', [], section(card('x', 'https://a.example/'))),
      issue('n9', '9', [], section(card('y', 'https://a.example'))),
      issue('n11', '11', [], section(card('z', 'https://a.example'))),
    ]);
    expect(findFeatured(numbered, 'https://a.example').map((o) => o.slug)).toEqual([
      '9',
      '10',
      '11',
    ]);
    expect(
      findFeatured(numbered, 'https://a.example', { beforeSlug: '11' }).map((o) => o.slug),
    ).toEqual(['9', '10']);
  });

  it('orders card URLs before bullet and prose links of the same issue', () => {
    const a = 'https://example.com/a';
    const mixed = issue(
      'm',
      '060',
      [{ kind: 'prose', id: 'p', content: [link('a', a)], after: '' }],
      section(card('c0', 'https://example.com/z', bullet('b', link('a', a))), card('c1', a)),
    );
    expect(issueLinks(mixed).map((o) => o.where)).toEqual(['prose', 'card', 'bullet', 'card']);
    const found = findFeatured(buildLinkIndex([mixed, i054]), a);
    expect(found.map(({ where, cardId }) => [where, cardId])).toEqual([
      ['card', 'c1'],
      ['bullet', 'c0'],
      ['prose', undefined],
    ]);
  });

  it('finds a bullet link and a raw-block link of different issues', () => {
    const found = findFeatured(index, 'https://karpenter.sh/docs');
    expect(found.map(({ slug, where }) => [slug, where])).toEqual([['054', 'bullet']]);
    expect(
      findFeatured(index, 'https://karpenter.sh/').map(({ slug, where }) => [slug, where]),
    ).toEqual([['056', 'prose']]);
  });

  describe('within one newsletter', () => {
    const shared = 'https://fluxcd.io/blog/2024/01/flux-v2.2.0/';
    const ofTemplate = (i: Issue, templateId: string): Issue => ({ ...i, templateId });
    const eks061 = ofTemplate(issue('e61', '061', [], section(card('e', shared))), 'eks-news');
    const flux = ofTemplate(issue('f', '2024-02', [], section(card('f', shared))), 'flux');
    const both = buildLinkIndex([eks061, flux]);

    it('reports a URL featured in one newsletter only to a draft of that newsletter', () => {
      expect(findFeatured(both, shared, { templateId: 'flux' }).map((o) => o.issueId)).toEqual([
        'f',
      ]);
      expect(
        findFeatured(both, shared, { templateId: 'eks-news' }).map((o) => [o.issueId, o.slug]),
      ).toEqual([['e61', '061']]);
      expect(findFeatured(both, shared, { templateId: 'other' })).toEqual([]);
      expect(findFeatured(both, shared).map((o) => o.templateId)).toEqual(['eks-news', 'flux']);
    });

    it('counts an issue stored without a template id as EKS News', () => {
      const before = issue('old', '040', [], section(card('o', shared)));
      const withOld = buildLinkIndex([before, flux]);
      expect(issueLinks(before)[0]).not.toHaveProperty('templateId');
      expect(occurrenceTemplateId(issueLinks(before)[0]!)).toBe(eksNewsTemplate.id);
      expect(
        findFeatured(withOld, shared, { templateId: eksNewsTemplate.id }).map((o) => o.issueId),
      ).toEqual(['old']);
      expect(findFeatured(withOld, shared, { templateId: 'flux' }).map((o) => o.issueId)).toEqual([
        'f',
      ]);
    });
  });

  it('finds nothing for a new link or junk', () => {
    expect(findFeatured(index, 'https://example.com/new')).toEqual([]);
    expect(findFeatured(index, 'not a link')).toEqual([]);
  });
});

describe('duplicatesWithin', () => {
  it('flags a card URL repeated as another card or in another card’s bullets', () => {
    const doubled = issue(
      'd',
      '057',
      [],
      section(
        card('c1', 'https://youtu.be/9AQEptIi2o8'),
        card(
          'c2',
          'https://example.com/post',
          bullet('b', link('video', 'https://www.youtube.com/watch?v=9AQEptIi2o8')),
        ),
        card('c3', 'https://example.com/post/?utm_source=x'),
      ),
    );
    expect(
      duplicatesWithin(doubled).map(({ url, occurrences }) => [
        url,
        occurrences.map((o) => o.cardId),
      ]),
    ).toEqual([
      ['https://youtube.com/watch?v=9AQEptIi2o8', ['c1', 'c2']],
      ['https://example.com/post', ['c2', 'c3']],
    ]);
  });

  it('does not flag links repeated inside one card, in bullets only, or in prose', () => {
    const fine = issue(
      'e',
      '058',
      [{ kind: 'prose', id: 'p', content: [link('x', 'https://example.com/a')], after: '' }],
      section(
        card('c1', 'https://example.com/a', bullet('b1', link('same', 'https://example.com/a'))),
        card('c2', 'https://example.com/b', bullet('b2', link('docs', 'https://docs.example.com'))),
        card('c3', 'https://example.com/c', bullet('b3', link('docs', 'https://docs.example.com'))),
      ),
    );
    expect(duplicatesWithin(fine)).toEqual([]);
  });
});
