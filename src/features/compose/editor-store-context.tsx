import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorStore } from '../../state/create-editor-store';
import type { EditorState } from '../../state/editor-state';

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Makes one editor store (one open issue) available to the components below. */
export function EditorStoreProvider({
  store,
  children,
}: {
  store: EditorStore;
  children: ReactNode;
}) {
  return <EditorStoreContext value={store}>{children}</EditorStoreContext>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (store === null) throw new Error('useEditorStore needs an EditorStoreProvider above it');
  return store;
}

/**
 * Subscribes to one slice of the editor state. Select as little as possible (one card by id, a
 * boolean, a string): the component re-renders only when that slice changes.
 */
export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
