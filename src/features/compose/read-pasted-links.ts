import { normalizeUrl } from '../../core/links/normalize-url';
import { checkNewLinkUrl } from '../../core/url/check-new-link-url';

/** A link read from one pasted line; `title` only when the line gave one (`[Title](url)`). */
export interface PastedLink {
  url: string;
  title?: string;
  /** 1-based line number in the pasted text. */
  line: number;
}

/** A pasted line that gives no card, kept as it was pasted so nothing is lost. */
export interface RefusedLine {
  line: number;
  text: string;
  reason: string;
}

export interface PastedLinks {
  links: PastedLink[];
  refused: RefusedLine[];
}

const LIST_MARKER = /^(?:[-*+•]|\d{1,4}[.)])\s+/;
const MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)$/;
const ANGLE_LINK = /^<([^<>\s]+)>$/;
const TITLE_THEN_URL = /^(.*?\S)\s+(?:[-–—|:]\s+)?<?((?:https?:\/\/|www\.)[^\s<>]+)>?$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Reads text pasted outside a text field as a list of links, one per line: a bare URL, `<URL>`,
 * `[Title](URL)` or `Title URL`, with or without a list marker. Lines that give no link (a
 * refused scheme, words, a repeat of an earlier line) are returned with the reason. Returns
 * undefined when the text holds nothing that looks like a link, so ordinary text is left alone.
 * `titles` (keyed by normalizeUrl) names links whose line gives no title, such as the link
 * texts of the same paste's HTML.
 */
export function readPastedLinks(
  text: string,
  titles?: ReadonlyMap<string, string>,
): PastedLinks | undefined {
  const result: PastedLinks = { links: [], refused: [] };
  const seen = new Map<string, number>();
  let linkish = false;
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const { target, title } = splitLine(line.replace(LIST_MARKER, ''));
    if (looksLikeLink(target)) linkish = true;
    const checked = checkNewLinkUrl(target);
    if (!checked.ok) {
      result.refused.push({ line: index + 1, text: raw, reason: checked.message });
      return;
    }
    const key = normalizeUrl(checked.url);
    const first = seen.get(key);
    if (first !== undefined) {
      const reason = `The same link as line ${first}.`;
      result.refused.push({ line: index + 1, text: raw, reason });
      return;
    }
    seen.set(key, index + 1);
    const named = title || titles?.get(key);
    result.links.push({ url: checked.url, line: index + 1, ...(named ? { title: named } : {}) });
  });
  return result.links.length > 0 || linkish ? result : undefined;
}

/** A scheme (`https:`, `javascript:`) or `www.` in one unbroken word: meant as a link. */
function looksLikeLink(target: string): boolean {
  return !/\s/.test(target) && (SCHEME.test(target) || /^www\./i.test(target));
}

function splitLine(line: string): { target: string; title?: string } {
  const markdown = MARKDOWN_LINK.exec(line);
  if (markdown) return { target: markdown[2] ?? '', title: markdown[1]?.trim() };
  const angle = ANGLE_LINK.exec(line);
  if (angle) return { target: angle[1] ?? '' };
  const titled = TITLE_THEN_URL.exec(line);
  if (titled) return { target: titled[2] ?? '', title: titled[1]?.trim() };
  return { target: line };
}
