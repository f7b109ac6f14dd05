/**
 * The shapes an item that is a card can have: a list item that opens with a link, with nested
 * bullets (its link title may wrap over lines); a paragraph that opens with a link, with its
 * description after a hard break or in the next paragraphs; a heading that is a link, followed
 * by paragraphs.
 */
export type CardShape = 'link-item' | 'link-paragraph' | 'link-heading';
