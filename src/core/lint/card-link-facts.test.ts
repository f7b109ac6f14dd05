import { describe, expect, it } from 'vitest';
import { testCard } from '../../../test/support/test-issue';
import type { LinkCard } from '../model/types';
import { cardLinkFacts } from './card-link-facts';

function withLinks(card: LinkCard, url: string, bulletUrl: string): LinkCard {
  const content = [
    { kind: 'text' as const, text: 'see ' },
    { kind: 'text' as const, text: 'this', marks: [{ type: 'link' as const, href: bulletUrl }] },
  ];
  return { ...card, url, bullets: [{ ...card.bullets[0]!, content }] };
}

describe('cardLinkFacts', () => {
  it('keys a web link for duplicates and names links that are relative or not http(s)', () => {
    const card = withLinks(testCard('c1', 1), 'https://Example.com/a/', 'javascript:alert(1)');
    const facts = cardLinkFacts(card);
    expect(facts.key).toBe(cardLinkFacts({ ...card, url: 'https://example.com/a' }).key);
    expect(facts.problems).toEqual([
      { code: 'unsafe-url', message: 'link is not http(s): javascript:alert(1)' },
    ]);
    const own = cardLinkFacts(withLinks(card, '/events/', 'https://b.example/'));
    expect(own.key).toBeUndefined();
    expect(own.problems).toEqual([
      { code: 'site-relative-url', message: 'link is relative to the site: /events/' },
    ]);
  });

  it('works a card out once, and an edited card (a new object) again', () => {
    const card = testCard('c1', 1);
    const facts = cardLinkFacts(card);
    expect(cardLinkFacts(card)).toBe(facts);
    const edited = { ...card, url: 'mailto:someone@example.com' };
    expect(cardLinkFacts(edited)).not.toBe(facts);
    expect(cardLinkFacts(edited).key).toBeUndefined();
    expect(cardLinkFacts(edited).problems.map((p) => p.code)).toEqual(['unsafe-url']);
  });
});
