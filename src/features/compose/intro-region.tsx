import { BlockList } from './block-list';
import { useEditorStore } from './editor-store-context';

/** The introduction: paragraphs (and whatever else came before the first heading). */
export function IntroRegion() {
  const store = useEditorStore();
  return (
    <section role="region" aria-labelledby="compose-intro-heading" className="intro-editor">
      <h2 id="compose-intro-heading">Introduction</h2>
      <BlockList sectionId={null} emptyText="No introduction yet." />
      <button
        type="button"
        className="button button-small"
        onClick={() => store.getState().addProse({ sectionId: null })}
      >
        Add paragraph
      </button>
    </section>
  );
}
