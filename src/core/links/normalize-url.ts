import { parseWebUrl } from './parse-web-url';
import { isTrackingParam } from './tracking-params';
import { canonicalYoutubeUrl } from './youtube-url';

const HOST_ALIASES: Record<string, string> = {
  'x.com': 'twitter.com',
  'mobile.twitter.com': 'twitter.com',
  'mobile.x.com': 'twitter.com',
};

/**
 * One identity for a link, so that the same article is recognised however it was written:
 * https, lowercase host without `www.`, no default port, no tracking parameters, no fragment
 * (except `#/…` and `#!…` routes of single-page apps), no trailing slash, the remaining query
 * parameters sorted. YouTube videos become `https://youtube.com/watch?v=ID`. The result is a key
 * for comparison, not a link to write into an issue. Anything that is not an http(s) address comes
 * back trimmed and otherwise unchanged; this never throws.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  const parsed = parseWebUrl(trimmed);
  if (parsed === undefined) return trimmed;
  const host = canonicalHost(parsed.hostname);
  const youtube = canonicalYoutubeUrl(host, parsed);
  if (youtube !== undefined) return youtube;
  const port =
    parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const path = parsed.pathname.replace(/\/+$/, '');
  return `https://${host}${port}${path}${canonicalQuery(host, parsed.search)}${keptFragment(parsed.hash)}`;
}

function canonicalHost(hostname: string): string {
  const host = hostname.replace(/\.$/, '').replace(/^www\./, '');
  return HOST_ALIASES[host] ?? host;
}

/** Sorted parameters without tracking ones; a stray second `?` is read as `&`. */
function canonicalQuery(host: string, search: string): string {
  const kept = search
    .slice(1)
    .split(/[&?]/)
    .filter((pair) => pair !== '')
    .map(upperCaseEscapes)
    .filter((pair) => !isTrackingParam(host, decodeName(pair.split('=', 1)[0] ?? '')))
    .sort(comparePairs);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

function comparePairs(a: string, b: string): number {
  const [nameA = '', nameB = ''] = [a.split('=', 1)[0], b.split('=', 1)[0]];
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

function upperCaseEscapes(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

function keptFragment(hash: string): string {
  return hash.startsWith('#/') || hash.startsWith('#!') ? hash : '';
}
