import { useEditorState } from './editor-store-context';
import { RevealContext } from './reveal-context';
import { SectionView } from './section-view';
import { useSameList } from './use-same-list';
import { useScrollPlace } from './use-scroll-place';

/**
 * The sections in order; re-renders only when sections are added, removed or reordered. Opens
 * where the issue was left (see useScrollPlace).
 */
export function SectionList() {
  const ids = useEditorState(useSameList((s) => s.issue.sections.map((section) => section.id)));
  const reveal = useScrollPlace();
  return (
    <RevealContext value={reveal}>
      <div className="section-list">
        {ids.map((id) => (
          <SectionView key={id} sectionId={id} />
        ))}
      </div>
    </RevealContext>
  );
}
