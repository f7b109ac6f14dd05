import { describe, expect, it } from 'vitest';
import { importIssue } from '../markdown/import-issue';
import type { LinkCard, ProseBlock } from '../model/types';
import {
  renderBulletContent,
  renderCardTitle,
  renderHeadingText,
  renderProseContent,
} from './render-rich-text';

const file = [
  '## What\'s new -- "this week"',
  '',
  "* [`COPY --chmod` isn't new](https://example.com/copy)",
  '    * See [the docs][docs] and https://example.com/bare -- here',
  '    * An entity &quot;as is&quot;',
  '',
  'Badge [![build](https://example.com/b.svg)](https://example.com/ci) and "quotes".',
  '',
  '[docs]: https://example.com/reference',
  '',
].join('\n');

const issue = importIssue(file);
const section = issue.sections[0];
const card = section?.blocks[0] as LinkCard;
const prose = section?.blocks[1] as ProseBlock;

describe('model text as Hugo renders it', () => {
  it('renders a heading as written, with typography', () => {
    expect(section && renderHeadingText(section)).toBe(
      'What\u2019s new \u2013 \u201cthis week\u201d',
    );
  });

  it('keeps code in a card title out of the typographer', () => {
    expect(renderCardTitle(card)).toBe('<code>COPY --chmod</code> isn\u2019t new');
  });

  it('renders a bullet from its source, with links by reference from the model', () => {
    const bullet = card.bullets[0];
    const html = bullet ? renderBulletContent(bullet) : '';
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://example.com/reference',
      'https://example.com/bare',
    ]);
    expect(html).toContain('\u2013');
  });

  it('renders a bullet as written: an entity is not a quote to the typographer', () => {
    const bullet = card.bullets[1];
    expect(bullet ? renderBulletContent(bullet) : '').toBe('An entity &quot;as is&quot;');
  });

  it('keeps an image inside a link, and entities that are not quotes', () => {
    const html = renderProseContent(prose);
    expect(html).toMatch(
      /<a href="https:\/\/example.com\/ci"[^>]*><img src="https:\/\/example.com\/b.svg"/,
    );
    expect(html).toContain('\u201cquotes\u201d');
  });

  it('renders an edited title, which has no source, from the model', () => {
    const edited: LinkCard = { ...card, title: "It's -- new", headerSource: undefined };
    expect(renderCardTitle(edited)).toBe('It\u2019s \u2013 new');
  });
});
