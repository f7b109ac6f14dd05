import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { Node } from '@tiptap/pm/model';
import { newId } from '../core/model/new-id';
import { BULLET_ID } from './bullet-item';

/**
 * Gives every list item a bullet id of its own: a new item (Enter, paste) gets a fresh one, and
 * the second of two items with the same id (pasted within the editor) gets a new one. The model
 * then sees each bullet under one stable id for as long as the editor lives.
 */
export const UniqueBulletIds = Extension.create({
  name: 'uniqueBulletIds',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('uniqueBulletIds'),
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          return assignIds(state.doc, state.tr);
        },
      }),
    ];
  },
});

/** Sets missing and duplicate ids; returns the transaction only if it changed anything. */
export function assignIds(doc: Node, tr: Transaction): Transaction | null {
  const seen = new Set<string>();
  let changed = false;
  doc.descendants((node, pos) => {
    if (node.type.name !== 'listItem') return true;
    const id: unknown = node.attrs[BULLET_ID];
    if (typeof id === 'string' && id !== '' && !seen.has(id)) {
      seen.add(id);
      return true;
    }
    const fresh = newId('b');
    seen.add(fresh);
    tr.setNodeAttribute(pos, BULLET_ID, fresh);
    changed = true;
    return true;
  });
  return changed ? tr.setMeta('addToHistory', false) : null;
}
