import { InputError } from '../errors';
import { parseWebUrl } from '../links/parse-web-url';
import { assertTextInput } from './assert-text-input';
import {
  toCandidate,
  type Candidate,
  type CandidateOptions,
  type CandidateParts,
} from './candidate';
import { htmlToText } from './html-to-text';
import { stripTrailers } from './trailers';
import {
  childElements,
  childText,
  findDescendant,
  firstChild,
  localName,
  type XmlDocumentLike,
  type XmlElementLike,
} from './xml-element';

export interface Feed {
  format: 'rss' | 'atom';
  /** The channel's or feed's title, '' when it has none. */
  title: string;
  candidates: Candidate[];
}

/**
 * Reads a feed file: checks the text, parses it with the given XML parser (the browser's
 * DOMParser in the app) and reads the document; throws an InputError for an empty or binary
 * file, malformed XML, or XML that is not a feed.
 */
export function parseFeedXml(
  text: string,
  parseXml: (text: string) => XmlDocumentLike,
  options: CandidateOptions = {},
): Feed {
  assertTextInput(text, 'The feed file');
  return feedFromXmlDocument(parseXml(text), options);
}

/** The items of an RSS 2.0 (or 0.9x, 1.0) or Atom document as candidates. */
export function feedFromXmlDocument(doc: XmlDocumentLike, options: CandidateOptions = {}): Feed {
  const root = doc.documentElement;
  if (root === null) throw new InputError('The feed file is empty.');
  const error = findDescendant(root, 'parsererror');
  if (error !== undefined) {
    const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    throw new InputError(`The feed file is not well-formed XML${detail ? `: ${detail}` : '.'}`);
  }
  const now = options.now ?? Date.now();
  const kind = localName(root);
  if (kind === 'feed') return atomFeed(root, now);
  if (kind === 'rss' || kind === 'rdf') return rssFeed(root, now);
  throw new InputError(
    `The file is XML but not an RSS or Atom feed: its root is <${root.tagName}>.`,
  );
}

function rssFeed(root: XmlElementLike, now: number): Feed {
  const channel = firstChild(root, 'channel');
  const title = channel === undefined ? '' : htmlToText(childText(channel, 'title'));
  // RSS 2.0 puts items in the channel, RSS 1.0 (RDF) beside it.
  const items = [
    ...(channel === undefined ? [] : childElements(channel, 'item')),
    ...childElements(root, 'item'),
  ];
  const candidates = items.flatMap((item) => {
    const parts: CandidateParts = {
      title: htmlToText(childText(item, 'title')),
      excerpt: htmlToText(childText(item, 'description') || childText(item, 'encoded')),
      source: htmlToText(childText(item, 'source')) || title,
    };
    return candidateOf(parts, entryLink(item) ?? guidLink(item), now);
  });
  return { format: 'rss', title, candidates };
}

function atomFeed(root: XmlElementLike, now: number): Feed {
  const title = atomText(firstChild(root, 'title'));
  const candidates = childElements(root, 'entry').flatMap((entry) => {
    const source = firstChild(entry, 'source');
    const parts: CandidateParts = {
      title: atomText(firstChild(entry, 'title')),
      excerpt: atomText(firstChild(entry, 'summary') ?? firstChild(entry, 'content')),
      source: (source === undefined ? '' : atomText(firstChild(source, 'title'))) || title,
    };
    return candidateOf(parts, entryLink(entry) ?? webUrl(childText(entry, 'id')), now);
  });
  return { format: 'atom', title, candidates };
}

function candidateOf(parts: CandidateParts, url: URL | undefined, now: number): Candidate[] {
  const excerpt = stripTrailers(parts.excerpt);
  if (url === undefined && !parts.title && excerpt === '') return [];
  const source = parts.source || url?.hostname.replace(/^www\./, '');
  return [toCandidate({ ...parts, excerpt, source, url: url?.href }, now)];
}

/** Atom text constructs: `type="html"` holds escaped HTML; text and xhtml read as text. */
function atomText(element: XmlElementLike | undefined): string {
  if (element === undefined) return '';
  const text = element.textContent ?? '';
  const type = element.getAttribute('type')?.toLowerCase();
  return type === 'html' || type === 'text/html'
    ? htmlToText(text)
    : text.replace(/\s+/g, ' ').trim();
}

/** The item's web page: an Atom `<link rel="alternate" href>` or an RSS `<link>` text. */
function entryLink(item: XmlElementLike): URL | undefined {
  const links = childElements(item, 'link').filter((link) => {
    const rel = link.getAttribute('rel');
    return rel === null || rel === '' || rel === 'alternate';
  });
  for (const link of links) {
    const url = webUrl(link.getAttribute('href') ?? link.textContent ?? '');
    if (url !== undefined) return url;
  }
  return undefined;
}

function guidLink(item: XmlElementLike): URL | undefined {
  const guid = firstChild(item, 'guid');
  return guid?.getAttribute('isPermaLink') === 'false'
    ? undefined
    : webUrl(guid?.textContent ?? '');
}

/** Only absolute http(s) links: a feed must not put `javascript:` links into an issue. */
function webUrl(text: string): URL | undefined {
  return /^https?:\/\//i.test(text.trim()) ? parseWebUrl(text) : undefined;
}
