import { memo, useEffect, useState, type MouseEvent } from 'react';
import type { LinkCard } from '../../core/model/types';
import { renderBullets } from '../../core/render/render-bullets';
import { useEditorStore } from './editor-store-context';
import { useLazyModule } from './lazy-module';
import type { MountAt } from './rich-box-mount';
import { summaryEditorModule } from './rich-editor-modules';
import { useFocusRequest } from './use-focus-request';

const SUMMARY_FIELDS = ['summary'] as const;

/**
 * A card's summary. Until it is focused or clicked it is the rendered bullets in a focusable
 * textbox, so a 500-card issue holds 500 pieces of HTML and no editor; focus or a click mounts the
 * real editor in its place, with the cursor where the click was (once the editor's code is
 * loaded: until then the box stays, focused).
 */
export const SummaryBox = memo(function SummaryBox({ card }: { card: LinkCard }) {
  const store = useEditorStore();
  const [mountAt, setMountAt] = useState<MountAt | null>(null);
  const request = useFocusRequest(card.id, SUMMARY_FIELDS);

  useEffect(() => {
    if (!request) return;
    setMountAt((current) => current ?? 'start');
    store.getState().focusDone(request.seq);
  }, [request, store]);

  const editor = useLazyModule(summaryEditorModule, mountAt !== null);
  if (mountAt !== null && editor) {
    const { SummaryEditor } = editor;
    return <SummaryEditor card={card} mountAt={mountAt} onDone={() => setMountAt(null)} />;
  }
  const onMouseDown = (event: MouseEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    setMountAt({ x: event.clientX, y: event.clientY });
  };
  return (
    <div
      role="textbox"
      aria-label="Summary"
      aria-multiline="true"
      tabIndex={0}
      className="rich-box summary-box is-static"
      data-field="summary"
      data-placeholder="Summary bullets"
      onFocus={() => setMountAt((current) => current ?? 'end')}
      onBlur={() => summaryEditorModule.loaded === undefined && setMountAt(null)}
      onMouseDown={onMouseDown}
      onClick={(event) => event.preventDefault()}
      dangerouslySetInnerHTML={{ __html: renderBullets(card.bullets) }}
    />
  );
});
