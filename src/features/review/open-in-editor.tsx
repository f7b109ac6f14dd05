import { lazy, Suspense, useState } from 'react';

// "Open in editor": the button; the dialog and the copy load when it is pressed.

const OpenInEditorDialog = lazy(async () => ({
  default: (await import('./open-in-editor-dialog')).OpenInEditorDialog,
}));

// Storage opens only when the reviewer asks to copy the issue into their drafts.
const RepositoryProvider = lazy(async () => ({
  default: (await import('../../components/repository-provider')).RepositoryProvider,
}));

export function OpenInEditor({ markdown, title }: { markdown: string; title: string }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        Open in editor
      </button>
      {asking && (
        <Suspense fallback={null}>
          <RepositoryProvider>
            <OpenInEditorDialog
              markdown={markdown}
              title={title}
              onClose={() => setAsking(false)}
            />
          </RepositoryProvider>
        </Suspense>
      )}
    </>
  );
}
