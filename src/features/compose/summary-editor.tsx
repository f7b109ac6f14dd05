import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Bullet, LinkCard } from '../../core/model/types';
import { bulletsToDoc } from '../../editor/bullets-to-doc';
import { replaceChangedContent } from '../../editor/replace-changed-content';
import { skipScrollWhileCaretInWindow } from '../../editor/scroll-caret-into-view';
import { summaryExtensions } from '../../editor/summary-extensions';
import { useEditorStore } from './editor-store-context';
import { focusNextControl } from './focus-next-control';
import { LinkPrompt } from './link-prompt';
import type { MountAt } from './rich-box-mount';
import { startRichEditor } from './start-rich-editor';
import type { TypeAhead } from './type-ahead';
import { useBatchedBullets } from './use-batched-bullets';

interface SummaryEditorProps {
  card: LinkCard;
  mountAt: MountAt;
  /** What was typed into the box before this editor was there. */
  typeAhead: TypeAhead;
  /** Called when focus leaves the editor: the box goes back to showing rendered HTML. */
  onDone: () => void;
}

/**
 * The TipTap editor of one card's bullets, mounted while the card's summary has focus. Changes go
 * into the store in bursts (see useBatchedBullets), so a keystroke costs what it costs in a bare
 * editor however large the issue; a change from elsewhere (undo) resets the editor's content.
 * Tab and Shift+Tab that cannot nest or lift a bullet, and Escape, leave it (no keyboard trap).
 */
export function SummaryEditor({ card, mountAt, typeAhead, onDone }: SummaryEditorProps) {
  const store = useEditorStore();
  const committed = useRef<Bullet[]>(card.bullets);
  const [asking, setAsking] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const cardId = card.id;
  const bullets = useBatchedBullets(store, cardId, committed);
  const extensions = useMemo(
    () =>
      summaryExtensions({
        onRequestLink: () => {
          // Into the store before the prompt takes the focus, so nothing re-renders under it.
          bullets.flush();
          setAsking(true);
        },
        // Escape leaves for the card's next control (its move and remove buttons); the blur
        // then puts the bullets into the store and closes the editor, as any way out does.
        onLeave: (current) => {
          if (!frame.current || !focusNextControl(frame.current)) current.view.dom.blur();
        },
      }),
    // Made once, with the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const editor = useEditor(
    {
      extensions,
      content: bulletsToDoc(card.bullets),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        handleScrollToSelection: skipScrollWhileCaretInWindow,
        attributes: {
          role: 'textbox',
          'aria-label': 'Summary',
          'aria-multiline': 'true',
          class: 'rich-box summary-box',
          'data-field': 'summary',
        },
      },
      onUpdate: ({ editor: current }) => bullets.changed(current),
    },
    [],
  );

  // Actions that read the issue (share, export, leaving the screen) take what it holds first.
  useEffect(() => store.getState().holdEdits(bullets.flush), [store, bullets.flush]);

  useLayoutEffect(() => {
    if (editor && !startRichEditor(editor, mountAt, typeAhead, bullets.flush)) onDone();
    // Once, when the editor appears, before anything else can be typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    if (!editor || card.bullets === committed.current) return;
    committed.current = card.bullets;
    // Only what changed is replaced: the caret stays put when a co-editor's words arrive.
    replaceChangedContent(editor, bulletsToDoc(card.bullets));
  }, [editor, card.bullets]);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    bullets.flush();
    onDone();
  };

  return (
    <div className="rich-box-frame" ref={frame} onBlur={onBlur}>
      <EditorContent editor={editor} />
      {asking && editor && <LinkPrompt editor={editor} onClose={() => setAsking(false)} />}
    </div>
  );
}
