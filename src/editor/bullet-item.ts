import { ListItem } from '@tiptap/extension-list';
import { canSinkWithinLimit } from './can-sink-within-limit';
import { isTopLevelItem } from './is-top-level-item';
import { backspaceInBullet, deleteInBullet } from './join-bullets';

/** The list item attribute that holds the model bullet's id. */
export const BULLET_ID = 'bulletId';

/**
 * A summary bullet: one paragraph, optionally followed by one nested list. Enter adds a bullet;
 * Tab nests it under the one above, never to a fourth level; Shift-Tab lifts it, never out of the
 * list. A Tab or Shift-Tab that cannot do that is left to the browser, which moves the focus to
 * the next or previous control: the summary is no keyboard trap. Backspace and Delete at a
 * bullet's edge join it with its neighbour. The bullet id is not copied when an item is split,
 * and is not read from pasted HTML: a new bullet is a new line.
 */
export const BulletItem = ListItem.extend({
  content: 'paragraph bulletList?',

  addAttributes() {
    return {
      ...this.parent?.(),
      [BULLET_ID]: {
        default: null,
        keepOnSplit: false,
        parseHTML: () => null,
        renderHTML: (attributes: Record<string, unknown>) => {
          const id = attributes[BULLET_ID];
          return typeof id === 'string' ? { 'data-bullet-id': id } : {};
        },
      },
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () =>
        canSinkWithinLimit(this.editor.state) && this.editor.commands.sinkListItem(this.name),
      'Shift-Tab': () =>
        !isTopLevelItem(this.editor.state) && this.editor.commands.liftListItem(this.name),
      Backspace: () => backspaceInBullet(this.editor),
      Delete: () => deleteInBullet(this.editor),
    };
  },
});
