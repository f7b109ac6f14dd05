import {
  useEffect,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { typedInputOf, type TypedInput } from '../../editor/typed-input';
import type { FocusField } from '../../state/editor-state';
import { useEditorStore } from './editor-store-context';
import { useLazyModule, type LazyModule } from './lazy-module';
import type { MountAt } from './rich-box-mount';
import { TypeAhead } from './type-ahead';
import { useFocusRequest } from './use-focus-request';

export interface RichBox<T> {
  /** The editor's module, once the box is to be an editor and the module is there. */
  editor: T | undefined;
  mountAt: MountAt;
  typeAhead: TypeAhead;
  /** The editor closed: the box shows rendered HTML again. */
  close: () => void;
  /** Handlers of the rendered box shown until the editor is there. */
  boxProps: {
    onFocus: () => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
    onMouseDown: (event: MouseEvent<HTMLElement>) => void;
    onClick: (event: MouseEvent<HTMLElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onPaste: (event: ClipboardEvent<HTMLElement>) => void;
  };
}

/**
 * A rich-text box that shows rendered HTML until it is focused or clicked, then becomes an editor
 * whose code loads on first need. What is typed or pasted into it meanwhile is kept and replayed
 * into the editor in order (see TypeAhead); actions that read the issue wait for it.
 */
export function useRichBox<T>(
  lazy: LazyModule<T>,
  target: string,
  fields: readonly FocusField[],
): RichBox<T> {
  const store = useEditorStore();
  const [mountAt, setMountAt] = useState<MountAt | null>(null);
  const [typeAhead] = useState(() => new TypeAhead((wait) => store.getState().holdEdits(wait)));
  const request = useFocusRequest(target, fields);

  useEffect(() => {
    if (!request) return;
    setMountAt((current) => current ?? 'start');
    store.getState().focusDone(request.seq);
  }, [request, store]);

  useEffect(() => () => typeAhead.settle(), [typeAhead]);

  const record = (input: TypedInput) => {
    if (typeAhead.length === 0) void lazy.load().catch(giveUp);
    typeAhead.push(input);
  };
  // The editor's code could not load (offline, before it was ever cached): say so.
  const giveUp = () => {
    if (typeAhead.take().length > 0)
      store.getState().announce('The editor could not load, so what was typed was not kept.');
    typeAhead.settle();
    setMountAt(null);
  };

  const editor = useLazyModule(lazy, mountAt !== null);
  return {
    editor,
    mountAt: mountAt ?? 'end',
    typeAhead,
    close: () => setMountAt(null),
    boxProps: {
      onFocus: () => {
        typeAhead.detached = false;
        setMountAt((current) => current ?? 'end');
      },
      onBlur: () => {
        if (lazy.loaded !== undefined) return;
        if (typeAhead.length > 0) typeAhead.detached = true;
        else setMountAt(null);
      },
      onMouseDown: (event) => {
        if (event.button !== 0) return;
        // No native caret in rendered HTML; the box itself takes the focus, and the keys.
        event.preventDefault();
        setMountAt({ x: event.clientX, y: event.clientY });
        event.currentTarget.focus({ preventScroll: true });
      },
      onClick: (event) => event.preventDefault(),
      onKeyDown: (event) => {
        const input = typedInputOf(event.nativeEvent, typeAhead.length > 0);
        if (!input) return;
        event.preventDefault();
        record(input);
      },
      onPaste: (event) => {
        event.preventDefault();
        const data = event.clipboardData;
        record({
          kind: 'paste',
          text: data.getData('text/plain'),
          html: data.getData('text/html'),
        });
      },
    },
  };
}
