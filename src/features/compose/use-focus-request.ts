import { useEffect } from 'react';
import type { FocusField, FocusRequest } from '../../state/editor-state';
import { useEditorState, useEditorStore } from './editor-store-context';

/** The pending focus request for this target and one of these fields, if there is one. */
export function useFocusRequest(
  target: string | undefined,
  fields: readonly FocusField[],
): FocusRequest | undefined {
  return useEditorState((s) => {
    const request = s.focusRequest;
    return request && request.target === target && fields.includes(request.field)
      ? request
      : undefined;
  });
}

/**
 * Focuses the element with `data-field` equal to the requested field inside `container`, then
 * marks the request done. For fields that are always in the DOM (text boxes, buttons).
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
    store.getState().focusDone(request.seq);
  }, [request, container, store]);
}
