import { memo } from 'react';
import type { ProseBlock } from '../../core/model/types';
import { renderInline } from '../../core/render/render-inline';
import { useEditorStore } from './editor-store-context';
import { proseEditorModule } from './rich-editor-modules';
import { useRichBox } from './use-rich-box';

const PROSE_FIELDS = ['prose'] as const;

/**
 * A paragraph of the intro or of a prose section: rendered HTML in a focusable textbox until it is
 * focused or clicked, then a TipTap editor (what is typed before it is there goes into it). A
 * paragraph left empty is removed (undo brings it back).
 */
export const ProseView = memo(function ProseView({ block }: { block: ProseBlock }) {
  const store = useEditorStore();
  const box = useRichBox(proseEditorModule, block.id, PROSE_FIELDS);

  const done = () => {
    box.close();
    if (block.content.length === 0) store.getState().removeBlock(block.id);
  };
  const remove = (
    <button
      type="button"
      className="button button-small button-quiet"
      onClick={() => store.getState().removeBlock(block.id)}
    >
      Remove paragraph
    </button>
  );
  if (box.editor) {
    const { ProseEditor } = box.editor;
    return (
      <div className="block-editor prose-editor">
        <ProseEditor
          block={block}
          label="Paragraph"
          mountAt={box.mountAt}
          typeAhead={box.typeAhead}
          onDone={done}
        />
        {remove}
      </div>
    );
  }
  return (
    <div className="block-editor prose-editor">
      <div
        role="textbox"
        aria-label="Paragraph"
        aria-multiline="true"
        tabIndex={0}
        className="rich-box prose-box is-static"
        data-field="prose"
        data-placeholder="Paragraph"
        {...box.boxProps}
        dangerouslySetInnerHTML={{ __html: renderInline(block.content) }}
      />
      {remove}
    </div>
  );
});
