import { useCallback, useSyncExternalStore } from 'react';
import type { Block } from '../../core/model/types';
import { blockById } from '../../state/block-index';
import { useEditorStore } from './editor-store-context';
import { keyedSubscriptions } from './keyed-subscriptions';

/** One block of the open issue by id; the component re-renders only when that block changes. */
export function useBlock(blockId: string): Block | undefined {
  const store = useEditorStore();
  const subscribe = useCallback(
    (listener: () => void) => keyedSubscriptions(store).subscribeBlock(blockId, listener),
    [store, blockId],
  );
  const read = () => blockById(store.getState().issue, blockId)?.block;
  return useSyncExternalStore(subscribe, read, read);
}
