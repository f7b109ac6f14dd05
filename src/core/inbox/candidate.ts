import { parseWebUrl } from '../links/parse-web-url';
import { newId } from '../model/new-id';
import { cutAtWord } from './cut-at-word';
import { titleFromExcerpt } from './title-from-excerpt';
import { titleFromUrl } from './title-from-url';

/** An article the editor may feature: pasted, listed or read from a feed, not yet triaged. */
export interface Candidate {
  id: string;
  title: string;
  url?: string;
  /** Where it comes from: a site, a blog or a feed name. */
  source?: string;
  /** Plain text, at most MAX_EXCERPT characters. */
  excerpt: string;
  addedAt: number;
}

/** What a parser recognised in one item, before it gets an id and a time. */
export interface CandidateParts {
  title?: string;
  url?: string;
  source?: string;
  excerpt: string;
}

export interface CandidateOptions {
  now?: number;
}

/** An excerpt is for recognising and summarising the article, not for storing all of it. */
export const MAX_EXCERPT = 1000;

/** A candidate from its parts; a missing title is drawn from the excerpt, else from the link. */
export function toCandidate(parts: CandidateParts, addedAt: number): Candidate {
  const excerpt = cutAtWord(parts.excerpt.replace(/\s+/g, ' ').trim(), MAX_EXCERPT);
  const candidate: Candidate = {
    id: newId('cand-'),
    title: titleOf(parts, excerpt),
    excerpt,
    addedAt,
  };
  if (parts.url !== undefined) candidate.url = parts.url;
  const source = parts.source?.trim();
  if (source) candidate.source = source;
  return candidate;
}

function titleOf(parts: CandidateParts, excerpt: string): string {
  const given = parts.title?.replace(/\s+/g, ' ').trim();
  if (given) return given;
  const url = parts.url === undefined ? undefined : parseWebUrl(parts.url);
  return excerpt !== '' || url === undefined ? titleFromExcerpt(excerpt) : titleFromUrl(url);
}
