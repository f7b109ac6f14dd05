import { Node } from '@tiptap/core';

export const RAW_INLINE = 'rawInline';

/**
 * Inline markdown the model keeps without understanding it (an image, inline HTML, a footnote
 * reference): shown as its markdown, moved or deleted as one piece, never edited or re-parsed.
 * It has no parse rule on purpose: HTML pasted from a page can never turn into raw markdown that
 * the site would render unescaped.
 */
export const RawInline = Node.create({
  name: RAW_INLINE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      markdown: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [];
  },

  renderHTML({ node }) {
    const markdown = String(node.attrs['markdown'] ?? '');
    return ['code', { class: 'raw-inline', title: 'Markdown kept as written' }, markdown];
  },
});
