import { blockById } from '../../state/block-index';
import { nameOfBlock } from './drag-announcements';
import { useEditorState } from './editor-store-context';

/** What follows the pointer while a block is dragged: its name, in a small card. */
export function DragPreview({ blockId }: { blockId: string }) {
  const name = useEditorState((s) => {
    const found = blockById(s.issue, blockId);
    return found ? nameOfBlock(found.block) : '';
  });
  return (
    <div className="drag-preview" aria-hidden="true">
      <span className="drag-handle-glyph">⠿</span> {name}
    </div>
  );
}
