// Search across every stored issue, archived and drafts: by card title, card URL (also written
// differently: a pasted link finds its card), bullet text and the links in bullets, and by issue
// title. Each issue's searchable text is prepared once per stored revision: its cards' text in
// one lowercased string, which a query scans with indexOf for its first word, so only the cards
// that hold that word are looked at (an archive has 25,000 cards; issue 16 gives a search 50 ms).

import { linksInRichText } from '../../core/links/links-in-text';
import { normalizeUrl } from '../../core/links/normalize-url';
import { compareSlugs, issueSlug } from '../../core/links/issue-slug';
import type { Bullet, Issue, LinkCard, RichText } from '../../core/model/types';
import { issueNewsletter } from './issue-newsletter';
import { summarizeIssue } from '../../persistence/issue-summary-fields';

export interface SearchHit {
  issueId: string;
  issueTitle: string;
  slug: string;
  archived: boolean;
  /** The id of the newsletter the issue belongs to (see issueNewsletter). */
  templateId: string;
  /** Absent for a hit on the issue's own title. */
  cardId?: string;
  title: string;
  url: string;
  /** The bullet text that matched, or the first bullet. */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** All matches, of which at most `limit` are in `hits`. */
  total: number;
}

export interface SearchableIssue {
  issue: Issue;
  archived: boolean;
}

interface CardDoc {
  card: LinkCard;
  bullets: string[];
  haystack: string;
  /** The card URL normalized, worked out the first time a query looks like a URL. */
  urlKey?: string;
}

interface IssueDoc {
  cards: CardDoc[];
  /** The cards' haystacks, each followed by a newline. */
  haystack: string;
  /** Where each card's haystack starts in the issue's. */
  starts: number[];
  title: string;
  titleKey: string;
  slug: string;
  templateId: string;
}

const docs = new WeakMap<Issue, IssueDoc>();

function plainText(content: RichText): string {
  return content
    .map((run) => (run.kind === 'text' ? run.text : run.kind === 'raw' ? run.markdown : ' '))
    .join('');
}

function bulletText(bullet: Pick<Bullet, 'content'>): string {
  return plainText(bullet.content).replace(/\s+/g, ' ').trim();
}

/** What a card says of its link: its bullets, else the text after its title and its description. */
function summaryOf(card: LinkCard): Pick<Bullet, 'content'>[] {
  const trailing = card.trailing ? [{ content: card.trailing }] : [];
  return [...card.bullets, ...trailing, ...(card.description ?? [])];
}

function cardDoc(card: LinkCard): CardDoc {
  const summary = summaryOf(card);
  const bullets = summary.map(bulletText).filter((text) => text !== '');
  const links = summary.flatMap((b) => linksInRichText(b.content));
  const haystack = [card.title, card.url, ...bullets, ...links].join('\n').toLowerCase();
  return { card, bullets, haystack };
}

function issueDoc(issue: Issue): IssueDoc {
  let found = docs.get(issue);
  if (found === undefined) {
    const cards = issue.sections
      .flatMap((section) => section.blocks)
      .filter((block): block is LinkCard => block.kind === 'card')
      .map(cardDoc);
    const starts: number[] = [];
    let at = 0;
    for (const doc of cards) {
      starts.push(at);
      at += doc.haystack.length + 1;
    }
    const { title } = summarizeIssue(issue);
    found = {
      cards,
      haystack: cards.map((doc) => `${doc.haystack}\n`).join(''),
      starts,
      title,
      titleKey: title.toLowerCase(),
      slug: issueSlug(issue),
      templateId: issueNewsletter(issue),
    };
    docs.set(issue, found);
  }
  return found;
}

/**
 * Prepares an issue's searchable text ahead of a query (the search page does it for every issue
 * while the reader is still typing), so the query itself only scans.
 */
export function prepareSearch(issue: Issue): void {
  issueDoc(issue);
}

function looksLikeUrl(query: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(query);
}

/** The words of a query, lowercased; quotes are not special. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
}

export function searchIssues(
  issues: Iterable<SearchableIssue>,
  query: string,
  limit = 200,
): SearchResult {
  const words = queryWords(query);
  if (words.length === 0) return { hits: [], total: 0 };
  const urlKey = looksLikeUrl(query.trim()) ? normalizeUrl(query) : undefined;
  const hits: SearchHit[] = [];
  // Matches past the limit are counted, not made into hits.
  let total = 0;
  for (const { issue, archived, doc } of ordered(issues)) {
    const base = {
      issueId: issue.id,
      issueTitle: doc.title,
      slug: doc.slug,
      archived,
      templateId: doc.templateId,
    };
    if (words.every((word) => doc.titleKey.includes(word))) {
      total += 1;
      if (hits.length < limit) hits.push({ ...base, title: doc.title, url: '', snippet: '' });
    }
    const matching =
      urlKey === undefined ? cardsWithWords(doc, words) : cardsWithUrl(doc, urlKey, words);
    total += matching.length;
    for (const card of matching.slice(0, limit - hits.length)) {
      const snippet = card.bullets.find((b) => words.some((w) => b.toLowerCase().includes(w)));
      hits.push({
        ...base,
        cardId: card.card.id,
        title: card.card.title,
        url: card.card.url,
        snippet: snippet ?? card.bullets[0] ?? '',
      });
    }
  }
  return { hits, total };
}

/** The issue's cards holding every word, in order: found from where the first word occurs. */
function cardsWithWords(doc: IssueDoc, words: readonly string[]): CardDoc[] {
  const [first = '', ...rest] = words;
  const found: CardDoc[] = [];
  let card = 0;
  // A word holds no whitespace, so where it occurs lies inside one card's text.
  for (let at = doc.haystack.indexOf(first); at !== -1;) {
    while ((doc.starts[card + 1] ?? Infinity) <= at) card += 1;
    const candidate = doc.cards[card];
    if (candidate === undefined) break;
    if (rest.every((word) => candidate.haystack.includes(word))) found.push(candidate);
    card += 1;
    const next = doc.starts[card];
    if (next === undefined) break;
    at = doc.haystack.indexOf(first, next);
  }
  return found;
}

/** The issue's cards whose URL is the query's, written either way, or that hold every word. */
function cardsWithUrl(doc: IssueDoc, urlKey: string, words: readonly string[]): CardDoc[] {
  return doc.cards.filter(
    (card) =>
      (card.urlKey ??= normalizeUrl(card.card.url)) === urlKey ||
      words.every((word) => card.haystack.includes(word)),
  );
}

/** Drafts first, then the archive from the newest issue back; each with its prepared text. */
function ordered(issues: Iterable<SearchableIssue>) {
  return [...issues]
    .map((searchable) => ({ ...searchable, doc: issueDoc(searchable.issue) }))
    .sort(
      (a, b) =>
        Number(a.archived) - Number(b.archived) ||
        compareSlugs(b.doc.slug, a.doc.slug) ||
        b.issue.updatedAt - a.issue.updatedAt,
    );
}
