import { memo } from 'react';
import type { LinkCard } from '../../core/model/types';
import { renderBullets } from '../../core/render/render-bullets';
import { summaryEditorModule } from './rich-editor-modules';
import { useRichBox } from './use-rich-box';

const SUMMARY_FIELDS = ['summary'] as const;

/**
 * A card's summary. Until it is focused or clicked it is the rendered bullets in a focusable
 * textbox, so a 500-card issue holds 500 pieces of HTML and no editor; focus or a click mounts the
 * real editor in its place, with the cursor where the click was (once the editor's code is
 * loaded: until then the box stays, focused, and keeps what is typed for the editor).
 */
export const SummaryBox = memo(function SummaryBox({ card }: { card: LinkCard }) {
  const box = useRichBox(summaryEditorModule, card.id, SUMMARY_FIELDS);
  if (box.editor) {
    const { SummaryEditor } = box.editor;
    return (
      <SummaryEditor
        card={card}
        mountAt={box.mountAt}
        typeAhead={box.typeAhead}
        onDone={box.close}
      />
    );
  }
  return (
    <div
      role="textbox"
      aria-label="Summary"
      aria-multiline="true"
      tabIndex={0}
      className="rich-box summary-box is-static"
      data-field="summary"
      data-placeholder="Summary bullets"
      {...box.boxProps}
      dangerouslySetInnerHTML={{ __html: renderBullets(card.bullets) }}
    />
  );
});
