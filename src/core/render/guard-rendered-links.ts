import { classifyUrl } from '../url/classify-url';

// micromark writes every link and image as `<a href="..."` / `<img src="..."` with the value
// escaped; text and code are escaped too, so these patterns can only match real tags.
const anchorStart = /<a href="([^"]*)"/g;
const imageStart = /<img src="([^"]*)"/g;
// A shortcode token (U+E000) percent-encoded into a destination: a link into Hugo's `ref`.
const encodedToken = /%EE%80%8[01]/i;

/**
 * The last check on markdown output: every href and src passes the URL door. A link whose href
 * is unsafe (or that micromark already emptied) loses its href and becomes inert text; an image
 * with an unsafe source loses its src and shows its alt text. Safe links open in a new tab.
 */
export function guardRenderedLinks(html: string): string {
  if (!html.includes('<a ') && !html.includes('<img ')) return html;
  return html
    .replace(anchorStart, (_whole, value: string) => guardAnchor(value))
    .replace(imageStart, (whole, value: string) => (isImageSource(value) ? whole : '<img'));
}

function guardAnchor(value: string): string {
  const kind = encodedToken.test(value) ? 'unsafe' : classifyUrl(decodeAttribute(value));
  switch (kind) {
    case 'fragment':
      return `<a href="${value}"`;
    case 'http':
    case 'mailto':
    case 'relative':
      return `<a href="${value}" rel="noopener noreferrer" target="_blank"`;
    default:
      return '<a';
  }
}

function isImageSource(value: string): boolean {
  if (encodedToken.test(value)) return false;
  const kind = classifyUrl(decodeAttribute(value));
  return kind === 'http' || kind === 'relative';
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
