import { useDeferredValue } from 'react';
import { ShareForReviewButton } from '../share/share-button';
import { useEditorState } from './editor-store-context';

/** "Share for review" for the open issue; it follows edits at a lower priority than typing. */
export function ToolbarShare() {
  const issue = useDeferredValue(useEditorState((s) => s.issue));
  return <ShareForReviewButton issue={issue} />;
}
