import { useShallow } from 'zustand/react/shallow';
import { useEditorState } from './editor-store-context';
import { SectionView } from './section-view';

/** The sections in order; re-renders only when sections are added, removed or reordered. */
export function SectionList() {
  const ids = useEditorState(useShallow((s) => s.issue.sections.map((section) => section.id)));
  return (
    <div className="section-list">
      {ids.map((id) => (
        <SectionView key={id} sectionId={id} />
      ))}
    </div>
  );
}
