import { parseWebUrl } from '../links/parse-web-url';
import type { CandidateParts } from './candidate';
import { stripTrailers } from './trailers';

const SOURCE_LINE = /^(?:source|from|via|published (?:by|in|on))\s*[:\-–—]?\s+(.{1,80})$/i;
const HOST_ONLY = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const MAX_TITLE = 200;

/**
 * Recognises the parts of one pasted item from its lines: a link line gives the URL (and the
 * site as source), a "Source: …" or bare domain line the source, a first short line without
 * a final full stop the title; the rest is the excerpt, without its "Read more" trailer.
 */
export function itemParts(lines: readonly string[]): CandidateParts {
  const parts: CandidateParts = { excerpt: '' };
  const text: string[] = [];
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '')) {
    if (!readMeta(line, parts)) text.push(line);
  }
  if (parts.url !== undefined) parts.source ??= new URL(parts.url).hostname.replace(/^www\./, '');
  const [first, ...rest] = text;
  if (first !== undefined && rest.length > 0 && looksLikeTitle(first)) {
    parts.title = stripTrailers(first);
    text.shift();
  }
  parts.excerpt = stripTrailers(text.join(' ').replace(/\s+/g, ' '));
  return parts;
}

/** Takes a URL or source line into `parts`; false for lines of text. */
function readMeta(line: string, parts: CandidateParts): boolean {
  const source = SOURCE_LINE.exec(line);
  if (source?.[1] !== undefined && parts.source === undefined) {
    parts.source = source[1];
    return true;
  }
  if (HOST_ONLY.test(line) && parts.source === undefined && parseWebUrl(line) !== undefined) {
    parts.source = line.replace(/^www\./i, '').toLowerCase();
    return true;
  }
  const url = /^(?:https?:\/\/|<https?:\/\/)\S+$/i.test(line) ? parseWebUrl(line) : undefined;
  if (url === undefined || parts.url !== undefined) return false;
  parts.url = url.href;
  return true;
}

function looksLikeTitle(line: string): boolean {
  return line.length <= MAX_TITLE && !/[.!?,;:]$/.test(stripTrailers(line));
}
