import { ShareForReviewButton } from '../share/share-button';
import { useEditorStore } from './editor-store-context';

/** "Share for review" for the open issue, with everything typed so far in it. */
export function ToolbarShare() {
  const store = useEditorStore();
  return <ShareForReviewButton readIssue={() => store.getState().settledIssue()} />;
}
