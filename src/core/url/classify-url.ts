import { deobfuscateUrlText, isSchemeSyntax, normalizeUrlText, schemeCandidate } from './url-text';

/**
 * The one door every URL passes before it reaches the DOM or a new card.
 *
 * - `http`: http or https, parseable.
 * - `mailto`: a mailto link with something after the colon.
 * - `relative`: a path, query or network-path reference (`//host/x`), no scheme of its own.
 * - `fragment`: `#anchor` on the same page.
 * - `unsafe`: any other scheme (javascript:, data:, vbscript:, file:, blob:, ftp:, ...), a scheme
 *   hidden behind entities, percent-encoding, controls or odd characters, or anything before a
 *   colon that is not a plain scheme. The check is on text only and errs on the side of refusing.
 * - `invalid`: empty, or an http(s)/mailto link that cannot work.
 */
export type UrlKind = 'http' | 'mailto' | 'relative' | 'fragment' | 'unsafe' | 'invalid';

export function classifyUrl(url: string): UrlKind {
  const text = normalizeUrlText(url);
  if (text === '') return 'invalid';
  const kind = classifyNormalized(text);
  if (kind === 'unsafe' || kind === 'invalid') return kind;
  return hidesUnsafeScheme(text) ? 'unsafe' : kind;
}

/** True when the URL may be written into an href or src: http(s), mailto, relative, fragment. */
export function isSafeHref(url: string): boolean {
  return safeHref(url) !== undefined;
}

/**
 * The text to write into an href for `url`, or undefined when it must never reach the DOM. The
 * result is the URL as a browser reads it (edges trimmed, controls removed), so what was
 * classified is exactly what is written.
 */
export function safeHref(url: string): string | undefined {
  const kind = classifyUrl(url);
  return kind === 'unsafe' || kind === 'invalid' ? undefined : normalizeUrlText(url);
}

function classifyNormalized(text: string): UrlKind {
  const scheme = schemeCandidate(text);
  if (scheme === undefined) return text.startsWith('#') ? 'fragment' : 'relative';
  if (!isSchemeSyntax(scheme)) return 'unsafe';
  const rest = text.slice(scheme.length + 1);
  switch (scheme.toLowerCase()) {
    case 'http':
    case 'https':
      return parsesAsUrl(text) ? 'http' : 'invalid';
    case 'mailto':
      return rest.trim() === '' ? 'invalid' : 'mailto';
    default:
      return 'unsafe';
  }
}

/** A scheme that appears only once entities and percent-escapes are decoded. */
function hidesUnsafeScheme(text: string): boolean {
  if (!text.includes('%') && !text.includes('&')) return false;
  const decoded = deobfuscateUrlText(text);
  if (decoded === text) return false;
  const scheme = schemeCandidate(decoded);
  if (scheme === undefined) return false;
  return !['http', 'https', 'mailto'].includes(scheme.toLowerCase());
}

// The usual shape, `http(s)://host[:port]` then a path, query, fragment or the end; anything
// else is left to the URL parser.
const plainWebUrl = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#]|$)/i;

function parsesAsUrl(text: string): boolean {
  if (plainWebUrl.test(text) && !/\s/.test(text)) return true;
  try {
    return new URL(text).host !== '';
  } catch {
    return false;
  }
}
