// Turns what the editor hands the inbox into candidates, all or nothing: a paste of links (one
// per line), a paste of text such as a feed page, an RSS or Atom document pasted or loaded from a
// file. Bad input (empty, binary, malformed XML, no items at all) throws an InputError with a
// message for the editor, and nothing is added.

import { readTextFile } from '../../components/read-text-file';
import { InputError } from '../../core/errors';
import type { Candidate } from '../../core/inbox/candidate';
import { parseFeedXml } from '../../core/inbox/feed-from-xml';
import { parseUrlList } from '../../core/inbox/parse-url-list';
import { splitFeedText } from '../../core/inbox/split-feed-text';
import type { XmlDocumentLike } from '../../core/inbox/xml-element';

export interface CandidatesRead {
  candidates: Candidate[];
  /** Where they came from, for the message: "the pasted links", "the feed Kubernetes Blog". */
  origin: string;
  /** Lines or items left out, with the reason. */
  notes: string[];
}

/** Feeds larger than this are refused rather than freezing the tab. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

function parseXml(text: string): XmlDocumentLike {
  return new DOMParser().parseFromString(text, 'application/xml');
}

function looksLikeXml(text: string): boolean {
  return /^\s*(?:\uFEFF)?<(?:\?xml|rss|feed|rdf:RDF)\b/i.test(text);
}

export function candidatesFromPaste(text: string, now = Date.now()): CandidatesRead {
  if (looksLikeXml(text)) return candidatesFromFeedText(text, now);
  const links = parseUrlList(text, { now });
  if (links.candidates.length > 0 && links.candidates.length >= links.rejected.length) {
    const notes = links.rejected.map((r) => `line ${r.line} (${r.text}): ${r.reason}`);
    return { candidates: links.candidates, origin: 'the pasted links', notes };
  }
  const candidates = splitFeedText(text, { now });
  if (candidates.length === 0) {
    throw new InputError('No articles were found in the pasted text.');
  }
  return { candidates, origin: 'the pasted text', notes: [] };
}

export async function candidatesFromFeedFile(
  file: File,
  now = Date.now(),
): Promise<CandidatesRead> {
  if (file.size > MAX_FEED_BYTES) {
    throw new InputError(`${file.name} is too large for a feed (over 20 MB).`);
  }
  const text = await readTextFile(file).catch((error: unknown) => {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`${file.name} is not a UTF-8 text file (line ${error.line}).`, error.line);
  });
  // The parser is given the document without its byte order mark, as the browser decodes it.
  return candidatesFromFeedText(text.replace(/^\uFEFF/, ''), now, file.name);
}

function candidatesFromFeedText(text: string, now: number, fileName?: string): CandidatesRead {
  const feed = parseFeedXml(text, parseXml, { now });
  const name = feed.title
    ? `the feed “${feed.title}”`
    : `the ${feed.format === 'atom' ? 'Atom' : 'RSS'} feed`;
  if (feed.candidates.length === 0) {
    throw new InputError(`${fileName ?? 'The feed'} holds no items.`);
  }
  return { candidates: feed.candidates, origin: name, notes: [] };
}
