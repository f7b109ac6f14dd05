import { normalizeUrl } from '../links/normalize-url';
import { parseWebUrl } from '../links/parse-web-url';
import { assertTextInput } from './assert-text-input';
import { toCandidate, type Candidate, type CandidateOptions } from './candidate';
import { titleFromUrl } from './title-from-url';

export interface RejectedLine {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  reason: string;
}

export interface UrlListResult {
  candidates: Candidate[];
  rejected: RejectedLine[];
}

const LIST_MARKER = /^(?:[-*+•]|\d{1,4}[.)])\s+/;
const MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)$/;
const TITLE_THEN_URL = /^(.*\S)\s+(?:[-–—|:]\s+)?(<?(?:https?:\/\/|www\.)\S+)$/i;

/**
 * One candidate per line of links: a bare URL, `<URL>`, a markdown link `[title](URL)` or a
 * title followed by a URL, with or without a list marker. Blank lines are skipped; every other
 * line that gives no candidate is returned in `rejected` with the reason (not a link, not http
 * or https, or a repeat of an earlier line). Throws an InputError for an empty paste or binary data.
 */
export function parseUrlList(text: string, options: CandidateOptions = {}): UrlListResult {
  assertTextInput(text);
  const now = options.now ?? Date.now();
  const result: UrlListResult = { candidates: [], rejected: [] };
  const seen = new Map<string, number>();
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const read = readLine(line.replace(LIST_MARKER, ''));
    if (typeof read === 'string') {
      result.rejected.push({ line: index + 1, text: line, reason: read });
      return;
    }
    const key = normalizeUrl(read.url.href);
    const first = seen.get(key);
    if (first !== undefined) {
      result.rejected.push({
        line: index + 1,
        text: line,
        reason: `the same link as line ${first}`,
      });
      return;
    }
    seen.set(key, index + 1);
    const source = read.url.hostname.replace(/^www\./, '');
    result.candidates.push(
      toCandidate(
        { title: read.title ?? titleFromUrl(read.url), url: read.url.href, source, excerpt: '' },
        now,
      ),
    );
  });
  return result;
}

/** The link on a line, or why there is none. */
function readLine(line: string): { url: URL; title?: string } | string {
  const { title, target } = splitTitle(line);
  const url = parseWebUrl(target);
  if (url !== undefined)
    return title !== undefined && title.trim() !== '' ? { url, title: title.trim() } : { url };
  if (/^https?:/i.test(target)) return 'not a valid web address';
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return 'only http and https links can be added';
  return 'not a link';
}

function splitTitle(line: string): { title?: string; target: string } {
  const markdown = MARKDOWN_LINK.exec(line);
  if (markdown !== null) return { title: markdown[1], target: markdown[2] ?? '' };
  const titled = TITLE_THEN_URL.exec(line);
  if (titled !== null) return { title: titled[1], target: titled[2] ?? '' };
  return { target: line };
}
