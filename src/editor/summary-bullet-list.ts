import { BulletList } from '@tiptap/extension-list';

/**
 * The summary's bullet list without its input rule and toggle shortcut: inside a summary every
 * paragraph already is a bullet, and typing "* " must stay text rather than open a sub-list past
 * the depth limit.
 */
export const SummaryBulletList = BulletList.extend({
  addInputRules() {
    return [];
  },
  addKeyboardShortcuts() {
    return {};
  },
});
