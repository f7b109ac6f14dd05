import { ShareForReviewButton } from '../share/share-button';
import { useEditorStore } from './editor-store-context';
import { useLintGate } from './use-lint-gate';

/**
 * "Share for review" for the open issue, with everything typed so far in it; an issue with lint
 * problems asks first.
 */
export function ToolbarShare() {
  const store = useEditorStore();
  const gate = useLintGate();
  return (
    <>
      <ShareForReviewButton
        readIssue={() => store.getState().settledIssue()}
        confirm={(share) => gate.check('Share', share)}
      />
      {gate.dialog}
    </>
  );
}
