import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Issue } from '../core/model/types';
import { eksNewsTemplate } from '../core/template/eks-news';
import type { NewsletterTemplate } from '../core/template/template';
import { accessSlice } from './access-slice';
import { blockActions } from './block-actions';
import { cardActions } from './card-actions';
import type { EditorState } from './editor-state';
import { frontMatterActions } from './front-matter-actions';
import { historySlice } from './history-slice';
import { openEditsSlice } from './open-edits-slice';
import { saveSlice } from './save-slice';
import { sectionActions } from './section-actions';
import { uiSlice } from './ui-slice';

export type EditorStore = StoreApi<EditorState>;

export interface EditorStoreOptions {
  /** The stored revision the issue was read at (0 if it is not stored yet). */
  revision?: number;
  template?: NewsletterTemplate;
  now?: () => number;
}

/** A store for one open issue: one per editor instance, never shared between screens or tests. */
export function createEditorStore(issue: Issue, options: EditorStoreOptions = {}): EditorStore {
  const config = { template: options.template ?? eksNewsTemplate, now: options.now ?? Date.now };
  return createStore<EditorState>()((...a) => ({
    config,
    ...historySlice(issue)(...a),
    ...saveSlice(issue, options.revision ?? 0)(...a),
    ...accessSlice()(...a),
    ...uiSlice()(...a),
    ...openEditsSlice()(...a),
    ...cardActions()(...a),
    ...blockActions()(...a),
    ...sectionActions()(...a),
    ...frontMatterActions()(...a),
  }));
}
