import { lazy, Suspense } from 'react';
import { LintPanel } from './lint-panel';
import './compose-side.css';

// The preview renders markdown with the importer's reader, so it loads with it, once the form
// is there: the form itself never waits for a markdown parser.
const PreviewPane = lazy(() =>
  import('./preview-pane').then((module) => ({ default: module.PreviewPane })),
);

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
      {previewOpen && (
        <Suspense fallback={null}>
          <PreviewPane id={previewId} />
        </Suspense>
      )}
    </div>
  );
}
