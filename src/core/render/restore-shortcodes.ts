import { placeholder, tokenClose, tokenOpen, type Shortcode } from './shortcodes';

const blockToken = new RegExp(`<p>${tokenOpen}(\\d+)${tokenClose}</p>`, 'g');
const inlineToken = new RegExp(`${tokenOpen}(\\d+)${tokenClose}`, 'g');

/**
 * Puts placeholders back into rendered HTML: a token alone in a paragraph becomes a block
 * `<div>`, any other an inline `<span>`. A token in a link's or image's destination (a shortcode
 * used as one) made it unsafe, and the link guard dropped it.
 */
export function restoreShortcodes(html: string, shortcodes: Shortcode[]): string {
  if (shortcodes.length === 0) return html;
  return html
    .replace(blockToken, (_whole, index: string) => placeholder(shortcodes[Number(index)], 'div'))
    .replace(inlineToken, (_whole, index: string) =>
      placeholder(shortcodes[Number(index)], 'span'),
    );
}
