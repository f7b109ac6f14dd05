import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import type { ProseBlock, RichText } from '../../core/model/types';
import { docToRichText } from '../../editor/doc-to-rich-text';
import { nodesToRichText } from '../../editor/nodes-to-rich-text';
import { proseExtensions } from '../../editor/prose-extensions';
import { richTextToDoc } from '../../editor/rich-text-to-doc';
import { replaceChangedContent } from '../../editor/replace-changed-content';
import { blockById } from '../../state/block-index';
import { useEditorStore } from './editor-store-context';
import { LinkPrompt } from './link-prompt';
import type { MountAt } from './rich-box-mount';
import { startRichEditor } from './start-rich-editor';
import type { TypeAhead } from './type-ahead';

interface ProseEditorProps {
  block: ProseBlock;
  label: string;
  mountAt: MountAt;
  /** What was typed into the box before this editor was there. */
  typeAhead: TypeAhead;
  onDone: () => void;
}

/**
 * The TipTap editor of one paragraph, mounted while it has focus. Enter splits the paragraph:
 * the text after the cursor becomes a new paragraph block below, which takes the focus.
 */
export function ProseEditor({ block, label, mountAt, typeAhead, onDone }: ProseEditorProps) {
  const store = useEditorStore();
  const committed = useRef<RichText>(block.content);
  const [asking, setAsking] = useState(false);
  const blockId = block.id;

  const remember = () => {
    const current = blockById(store.getState().issue, blockId)?.block;
    if (current?.kind === 'prose') committed.current = current.content;
  };

  const extensions = useMemo(
    () =>
      proseExtensions({
        onRequestLink: () => setAsking(true),
        onSplit: (before: JSONContent[], after: JSONContent[]) => {
          const state = store.getState();
          state.setProseContent(blockId, nodesToRichText(before));
          remember();
          state.addProse({ after: blockId }, nodesToRichText(after));
        },
      }),
    // The store and block id are fixed for this editor's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const editor = useEditor(
    {
      extensions,
      content: richTextToDoc(block.content),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-label': label,
          'aria-multiline': 'true',
          class: 'rich-box prose-box',
          'data-field': 'prose',
        },
      },
      onUpdate: ({ editor: current }) => {
        store.getState().setProseContent(blockId, docToRichText(current.getJSON()));
        remember();
      },
    },
    [],
  );

  useLayoutEffect(() => {
    // Each change is in the store already (onUpdate): nothing to commit after the replay.
    if (editor && !startRichEditor(editor, mountAt, typeAhead, () => undefined)) onDone();
    // Once, when the editor appears, before anything else can be typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    if (!editor || block.content === committed.current) return;
    committed.current = block.content;
    // Only what changed is replaced: the caret stays put when a co-editor's words arrive.
    replaceChangedContent(editor, richTextToDoc(block.content));
  }, [editor, block.content]);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onDone();
  };

  return (
    <div className="rich-box-frame" onBlur={onBlur}>
      <EditorContent editor={editor} />
      {asking && editor && <LinkPrompt editor={editor} onClose={() => setAsking(false)} />}
    </div>
  );
}
