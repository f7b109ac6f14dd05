import { placeholder, tokenClose, tokenOpen, type Shortcode } from './shortcodes';

const blockToken = new RegExp(`<p>${tokenOpen}(\\d+)${tokenClose}</p>`, 'g');
const inlineToken = new RegExp(`${tokenOpen}(\\d+)${tokenClose}`, 'g');

/**
 * Puts placeholders back into rendered HTML: a token alone in a paragraph becomes a block
 * `<div>`, any other an inline `<span>`. A token that ended up inside an attribute (a shortcode
 * used as a link destination) is percent-encoded there and stays inert.
 */
export function restoreShortcodes(html: string, shortcodes: Shortcode[]): string {
  if (shortcodes.length === 0) return html;
  return html
    .replace(blockToken, (_whole, index: string) => placeholder(shortcodes[Number(index)], 'div'))
    .replace(inlineToken, (_whole, index: string) =>
      placeholder(shortcodes[Number(index)], 'span'),
    );
}
