// What the lint finds of a card's links, worked out once per card object. Normalizing and
// classifying every link of a 2,000-card issue took about 120 ms of the ~160 ms check that runs
// when typing pauses; an edit makes a new card object (the model is never changed in place), so
// the next check works out only the edited card's facts again.

import { linksInRichText } from '../links/links-in-text';
import { normalizeUrl } from '../links/normalize-url';
import type { LinkCard } from '../model/types';
import { classifyUrl } from '../url/classify-url';
import { isSiteRooted } from '../url/is-site-rooted';
import type { LintCode } from './lint-code';

export interface CardLinkFacts {
  /** The card's link as compared for duplicates; undefined unless it links to a web page. */
  key: string | undefined;
  /** The card's links (its own, then its bullets') that are relative to the site or not http(s). */
  problems: readonly { code: LintCode; message: string }[];
}

const known = new WeakMap<LinkCard, CardLinkFacts>();

function factsOf(card: LinkCard): CardLinkFacts {
  // Only a link to another site is featured: a site's own page (an events calendar, say) may be
  // linked by every line of a list.
  const key = classifyUrl(card.url) === 'http' ? normalizeUrl(card.url) : undefined;
  const problems: { code: LintCode; message: string }[] = [];
  const urls = [card.url, ...card.bullets.flatMap((b) => linksInRichText(b.content))];
  for (const url of urls) {
    if (isSiteRooted(url)) {
      problems.push({ code: 'site-relative-url', message: `link is relative to the site: ${url}` });
    } else if (classifyUrl(url) !== 'http') {
      problems.push({ code: 'unsafe-url', message: `link is not http(s): ${url}` });
    }
  }
  return { key, problems };
}

export function cardLinkFacts(card: LinkCard): CardLinkFacts {
  let facts = known.get(card);
  if (facts === undefined) {
    facts = factsOf(card);
    known.set(card, facts);
  }
  return facts;
}
