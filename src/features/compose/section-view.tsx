import { memo, useId, useRef } from 'react';
import { sectionById } from '../../state/block-index';
import { AddLinkBox } from './add-link-box';
import { BlockList } from './block-list';
import { useEditorState, useEditorStore } from './editor-store-context';
import { SectionHeading } from './section-heading';
import { useFocusField } from './use-focus-request';

const SECTION_FIELDS = ['heading', 'add-link'] as const;

/**
 * One section: a region named by its heading, its blocks, an "Add link" box and its own
 * controls. It subscribes to its heading and position only, not to its cards.
 */
export const SectionView = memo(function SectionView({ sectionId }: { sectionId: string }) {
  const store = useEditorStore();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const heading = useEditorState((s) => sectionById(s.issue, sectionId)?.heading ?? '');
  const index = useEditorState((s) => s.issue.sections.findIndex((x) => x.id === sectionId));
  const count = useEditorState((s) => s.issue.sections.length);
  useFocusField(ref, sectionId, SECTION_FIELDS);

  return (
    <section role="region" aria-labelledby={headingId} className="section-editor" ref={ref}>
      <header className="section-head">
        <SectionHeading sectionId={sectionId} headingId={headingId} heading={heading} />
        <div className="section-actions">
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label="Move section up"
            disabled={index <= 0}
            onClick={() => store.getState().moveSection(sectionId, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label="Move section down"
            disabled={index >= count - 1}
            onClick={() => store.getState().moveSection(sectionId, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => store.getState().removeSection(sectionId)}
          >
            Remove section
          </button>
        </div>
      </header>
      <BlockList sectionId={sectionId} emptyText="No links in this section yet." />
      <div className="section-foot">
        <AddLinkBox sectionId={sectionId} />
        <button
          type="button"
          className="button button-small"
          onClick={() => store.getState().addProse({ sectionId })}
        >
          Add paragraph
        </button>
      </div>
    </section>
  );
});
