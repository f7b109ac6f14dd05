import { lazy, Suspense, useEffect, useState } from 'react';
import { useEditorState } from './editor-store-context';
import { LintPanel } from './lint-panel';
import { whenIdle } from './when-idle';
import './compose-side.css';

// The preview renders markdown with the importer's reader, so it loads with it, once the form
// is editable and the page idle (or after a moment in a tab that only follows another): the
// form itself never waits for a markdown parser, nor shares the network with one.
const PreviewPane = lazy(() =>
  import('./preview-pane').then((module) => ({ default: module.PreviewPane })),
);

/** A tab that follows another's edits shows the preview this long after opening. */
const FOLLOWER_PREVIEW_MS = 1500;

/** The column beside the form: the lint panel, and the live preview when it is shown. */
export function ComposeSide({
  previewOpen,
  previewId,
}: {
  previewOpen: boolean;
  previewId: string;
}) {
  const editing = useEditorState((s) => !s.readOnly);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const cancel = editing ? whenIdle(() => setReady(true)) : undefined;
    const fallback = setTimeout(() => setReady(true), FOLLOWER_PREVIEW_MS);
    return () => {
      cancel?.();
      clearTimeout(fallback);
    };
  }, [editing, ready]);
  return (
    <div className="compose-side">
      <LintPanel />
      {previewOpen && ready && (
        <Suspense fallback={null}>
          <PreviewPane id={previewId} />
        </Suspense>
      )}
    </div>
  );
}
