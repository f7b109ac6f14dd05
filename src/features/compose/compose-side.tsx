import { LintPanel } from './lint-panel';
import './compose-side.css';
import { PreviewPane } from './preview-pane';

/** The column beside the form: the lint panel, and the live preview when it is shown. */
export function ComposeSide({
  previewOpen,
  previewId,
}: {
  previewOpen: boolean;
  previewId: string;
}) {
  return (
    <div className="compose-side">
      <LintPanel />
      {previewOpen && <PreviewPane id={previewId} />}
    </div>
  );
}
