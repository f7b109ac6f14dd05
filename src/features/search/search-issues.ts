// Search across every stored issue, archived and drafts: by card title, card URL (also written
// differently: a pasted link finds its card), bullet text and the links in bullets, and by issue
// title. Each issue's searchable text is prepared once per stored revision.

import { linksInRichText } from '../../core/links/links-in-text';
import { normalizeUrl } from '../../core/links/normalize-url';
import { issueSlug } from '../../core/links/issue-slug';
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

const docs = new WeakMap<Issue, CardDoc[]>();

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

function cardDocs(issue: Issue): CardDoc[] {
  let found = docs.get(issue);
  if (found === undefined) {
    found = issue.sections
      .flatMap((section) => section.blocks)
      .filter((block): block is LinkCard => block.kind === 'card')
      .map((card) => {
        const summary = summaryOf(card);
        const bullets = summary.map(bulletText).filter((text) => text !== '');
        const links = summary.flatMap((b) => linksInRichText(b.content));
        const haystack = [card.title, card.url, ...bullets, ...links].join('\n').toLowerCase();
        return { card, bullets, haystack };
      });
    docs.set(issue, found);
  }
  return found;
}

/**
 * Prepares an issue's searchable text ahead of a query (the search page does it for every issue
 * while the reader is still typing), so the query itself only scans.
 */
export function prepareSearch(issue: Issue): void {
  cardDocs(issue);
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
  for (const { issue, archived } of ordered(issues)) {
    const { title: issueTitle } = summarizeIssue(issue);
    const base = {
      issueId: issue.id,
      issueTitle,
      slug: issueSlug(issue),
      archived,
      templateId: issueNewsletter(issue),
    };
    if (words.every((word) => issueTitle.toLowerCase().includes(word))) {
      hits.push({ ...base, title: issueTitle, url: '', snippet: '' });
    }
    for (const doc of cardDocs(issue)) {
      const matches =
        (urlKey !== undefined && (doc.urlKey ??= normalizeUrl(doc.card.url)) === urlKey) ||
        words.every((word) => doc.haystack.includes(word));
      if (!matches) continue;
      const snippet = doc.bullets.find((b) => words.some((w) => b.toLowerCase().includes(w)));
      hits.push({
        ...base,
        cardId: doc.card.id,
        title: doc.card.title,
        url: doc.card.url,
        snippet: snippet ?? doc.bullets[0] ?? '',
      });
    }
  }
  return { hits: hits.slice(0, limit), total: hits.length };
}

/** Drafts first, then the archive from the newest issue back. */
function ordered(issues: Iterable<SearchableIssue>): SearchableIssue[] {
  return [...issues].sort(
    (a, b) =>
      Number(a.archived) - Number(b.archived) ||
      issueSlug(b.issue).localeCompare(issueSlug(a.issue), 'en', { numeric: true }) ||
      b.issue.updatedAt - a.issue.updatedAt,
  );
}
