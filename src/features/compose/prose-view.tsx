import { memo, useEffect, useState, type MouseEvent } from 'react';
import type { ProseBlock } from '../../core/model/types';
import { renderInline } from '../../core/render/render-inline';
import { useEditorStore } from './editor-store-context';
import { useLazyModule } from './lazy-module';
import type { MountAt } from './rich-box-mount';
import { proseEditorModule } from './rich-editor-modules';
import { useFocusRequest } from './use-focus-request';

const PROSE_FIELDS = ['prose'] as const;

/**
 * A paragraph of the intro or of a prose section: rendered HTML in a focusable textbox until it is
 * focused or clicked, then a TipTap editor. A paragraph left empty is removed (undo brings it back).
 */
export const ProseView = memo(function ProseView({ block }: { block: ProseBlock }) {
  const store = useEditorStore();
  const [mountAt, setMountAt] = useState<MountAt | null>(null);
  const request = useFocusRequest(block.id, PROSE_FIELDS);

  useEffect(() => {
    if (!request) return;
    setMountAt((current) => current ?? 'start');
    store.getState().focusDone(request.seq);
  }, [request, store]);

  const done = () => {
    setMountAt(null);
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
  const editor = useLazyModule(proseEditorModule, mountAt !== null);
  if (mountAt !== null && editor) {
    const { ProseEditor } = editor;
    return (
      <div className="block-editor prose-editor">
        <ProseEditor block={block} label="Paragraph" mountAt={mountAt} onDone={done} />
        {remove}
      </div>
    );
  }
  const onMouseDown = (event: MouseEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    setMountAt({ x: event.clientX, y: event.clientY });
  };
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
        onFocus={() => setMountAt((current) => current ?? 'end')}
        onBlur={() => proseEditorModule.loaded === undefined && setMountAt(null)}
        onMouseDown={onMouseDown}
        onClick={(event) => event.preventDefault()}
        dangerouslySetInnerHTML={{ __html: renderInline(block.content) }}
      />
      {remove}
    </div>
  );
});
