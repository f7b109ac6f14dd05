import { classifyUrl } from '../url/classify-url';
import { normalizeUrlText } from '../url/url-text';
import { escapeHtml } from './escape-html';

/**
 * Wraps already-rendered HTML in a link to `url`, or returns it unwrapped when the URL fails the
 * URL door, so an unsafe href never reaches the DOM. Links leave the preview in a new tab, except
 * fragments, which stay on the page.
 */
export function renderAnchor(url: string, innerHtml: string, title?: string): string {
  const kind = classifyUrl(url);
  if (kind === 'unsafe' || kind === 'invalid') return innerHtml;
  const href = escapeHtml(normalizeUrlText(url));
  const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
  const target = kind === 'fragment' ? '' : ' rel="noopener noreferrer" target="_blank"';
  return `<a href="${href}"${titleAttribute}${target}>${innerHtml}</a>`;
}
