import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { classifyUrl } from '../url/classify-url';
import { normalizeUrlText } from '../url/url-text';
import { tokenClose, tokenOpen } from './shortcodes';

// A shortcode's token in a destination, as is or percent-encoded: a link into Hugo's `ref`.
const shortcodeToken = new RegExp(`[${tokenOpen}${tokenClose}]|%EE%80%8[01]`, 'i');

/**
 * Every link and image of rendered markdown passes the URL door on its token, before any HTML is
 * written. A link whose destination is unsafe loses its href and shows as inert text; an image
 * with an unsafe source loses its src and shows its alt text. Safe links open in a new tab,
 * fragments stay on the page.
 */
export function addLinkGuard(md: MarkdownIt): void {
  md.core.ruler.push('guard_links', guardLinks);
}

function guardLinks(state: StateCore): void {
  for (const block of state.tokens) {
    for (const token of block.children ?? []) {
      if (token.type === 'link_open') guardLink(token);
      else if (token.type === 'image') guardImage(token);
    }
  }
}

function guardLink(token: Token): void {
  const url = token.attrGet('href') ?? '';
  const kind = shortcodeToken.test(url) ? 'unsafe' : classifyUrl(url);
  if (kind === 'unsafe' || kind === 'invalid') {
    removeAttribute(token, 'href');
    return;
  }
  token.attrSet('href', normalizeUrlText(url));
  if (kind === 'fragment') return;
  token.attrSet('rel', 'noopener noreferrer');
  token.attrSet('target', '_blank');
}

function guardImage(token: Token): void {
  const src = token.attrGet('src') ?? '';
  const kind = shortcodeToken.test(src) ? 'unsafe' : classifyUrl(src);
  if (kind === 'http' || kind === 'relative') token.attrSet('src', normalizeUrlText(src));
  else removeAttribute(token, 'src');
}

function removeAttribute(token: Token, name: string): void {
  token.attrs = (token.attrs ?? []).filter(([attribute]) => attribute !== name);
}
