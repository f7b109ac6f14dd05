import { normalizeUrl } from '../../core/links/normalize-url';
import { checkNewLinkUrl } from '../../core/url/check-new-link-url';
import { readPastedLinks, type PastedLinks } from './read-pasted-links';

/** Parses HTML into a document that is never shown: no script runs, nothing is fetched. */
export type ParseHtml = (html: string) => Document;

const parseInert: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');
/** Longer than any title in the archive; a pasted page's worth of text is not a title. */
const MAX_TITLE = 300;

interface Anchor {
  href: string;
  text: string;
}

/**
 * Reads a paste that carries `text/html` as well as plain text: a link copied from a web page.
 * Each link's text becomes its card's title (as plain text: the HTML is parsed, never shown).
 * When the plain text already reads as links, the HTML only names them; when it does not (it is
 * the link's words), the HTML's links are read instead, but only if link text is most of what
 * was copied, so a paragraph with a link in it is left alone. Undefined when nothing is a link.
 */
export function readPastedHtmlLinks(
  html: string,
  plain: string,
  parse: ParseHtml = parseInert,
): PastedLinks | undefined {
  const doc = parse(html);
  for (const hidden of doc.querySelectorAll('script, style, template, noscript')) hidden.remove();
  const anchors = anchorsIn(doc);
  const titles = titlesOf(anchors);
  const fromPlain = readPastedLinks(plain, titles);
  if ((fromPlain && fromPlain.links.length > 0) || anchors.length === 0) return fromPlain;
  const linkText = anchors.reduce((sum, anchor) => sum + anchor.text.length, 0);
  const allText = collapse(doc.body?.textContent ?? '').length;
  if (linkText * 2 < allText) return fromPlain;
  return readPastedLinks(anchors.map((anchor) => anchor.href).join('\n'), titles);
}

function anchorsIn(doc: Document): Anchor[] {
  return [...doc.querySelectorAll('a[href]')].flatMap((a) => {
    const href = (a.getAttribute('href') ?? '').trim();
    return href === '' || /\s/.test(href) ? [] : [{ href, text: collapse(a.textContent ?? '') }];
  });
}

/** Link texts by normalized URL; a text that is itself the address names nothing. */
function titlesOf(anchors: readonly Anchor[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const { href, text } of anchors) {
    const checked = checkNewLinkUrl(href);
    if (!checked.ok || text === '' || text.length > MAX_TITLE) continue;
    const key = normalizeUrl(checked.url);
    if (isAddress(text, key)) continue;
    if (!titles.has(key)) titles.set(key, text);
  }
  return titles;
}

/** "https://…", "www.…" or the link's own address written bare: not a title ("Node.js" is). */
function isAddress(text: string, key: string): boolean {
  if (/^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(text)) return true;
  const checked = checkNewLinkUrl(text);
  return checked.ok && normalizeUrl(checked.url) === key;
}

/** One line of plain text: whitespace runs as one space, control characters gone. */
function collapse(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
