import { memo, useRef } from 'react';
import type { RawBlock } from '../../core/model/types';
import { useEditorStore } from './editor-store-context';
import { useFocusField } from './use-focus-request';

const RAW_FIELDS = ['markdown'] as const;

/** Markdown the model does not structure, shown and edited as text and written back as typed. */
export const RawView = memo(function RawView({ block }: { block: RawBlock }) {
  const store = useEditorStore();
  const ref = useRef<HTMLDivElement>(null);
  useFocusField(ref, block.id, RAW_FIELDS);
  const rows = Math.min(12, Math.max(2, block.markdown.split('\n').length));
  return (
    <div className="block-editor raw-editor" ref={ref}>
      <label className="field">
        <span className="field-label">Markdown</span>
        <textarea
          className="markdown-input"
          value={block.markdown}
          rows={rows}
          spellCheck={false}
          data-field="markdown"
          onChange={(event) => store.getState().setRawMarkdown(block.id, event.target.value)}
        />
      </label>
      <p className="hint">Kept exactly as written: the editor does not structure this part.</p>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => store.getState().removeBlock(block.id)}
      >
        Remove block
      </button>
    </div>
  );
});
