import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Issue } from '../../core/model/types';
import { sectionById } from '../../state/block-index';
import { BlockView } from './block-view';
import { useEditorState } from './editor-store-context';

function blockIds(issue: Issue, sectionId: string | null): string[] {
  const blocks = sectionId === null ? issue.intro : (sectionById(issue, sectionId)?.blocks ?? []);
  return blocks.map((b) => b.id);
}

/**
 * The blocks of a section (or of the intro, `null`) in order. It re-renders only when blocks are
 * added, removed or moved; an edit inside a block re-renders that block alone.
 */
export const BlockList = memo(function BlockList({
  sectionId,
  emptyText,
}: {
  sectionId: string | null;
  emptyText: string;
}) {
  const ids = useEditorState(useShallow((s) => blockIds(s.issue, sectionId)));
  if (ids.length === 0) return <p className="hint empty-blocks">{emptyText}</p>;
  return (
    <div className="block-list">
      {ids.map((id) => (
        <BlockView key={id} blockId={id} />
      ))}
    </div>
  );
});
