import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { FocusField, FocusRequest } from '../../state/editor-state';
import { useEditorStore } from './editor-store-context';
import { keyedSubscriptions } from './keyed-subscriptions';

/**
 * The pending focus request for this target and one of these fields, if there is one. Told only
 * when a request for this target comes or goes, not on every change of the store.
 */
export function useFocusRequest(
  target: string | undefined,
  fields: readonly FocusField[],
): FocusRequest | undefined {
  const store = useEditorStore();
  const subscribe = useCallback(
    (listener: () => void) => keyedSubscriptions(store).subscribeFocus(target, listener),
    [store, target],
  );
  const read = () => {
    const request = store.getState().focusRequest;
    return request && request.target === target && fields.includes(request.field)
      ? request
      : undefined;
  };
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Focuses the element with `data-field` equal to the requested field inside `container` (and
 * selects its text when asked), then marks the request done. For fields that are always in the
 * DOM (text boxes, buttons).
 */
export function useFocusField(
  container: React.RefObject<HTMLElement | null>,
  target: string | undefined,
  fields: readonly FocusField[],
): void {
  const store = useEditorStore();
  const request = useFocusRequest(target, fields);
  useEffect(() => {
    if (!request) return;
    const element = container.current?.querySelector<HTMLElement>(
      `[data-field="${request.field}"]`,
    );
    element?.focus();
    if (request.select && element instanceof HTMLInputElement) element.select();
    store.getState().focusDone(request.seq);
  }, [request, container, store]);
}
