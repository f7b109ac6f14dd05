import type { StateCreator } from 'zustand/vanilla';
import type { EditorState } from './editor-state';

/** One part of the editor store, built with the store's own set and get. */
export type Slice<T> = StateCreator<EditorState, [], [], T>;
