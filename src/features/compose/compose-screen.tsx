import { useCallback, useState } from 'react';
import type { IssueRepository, StoredIssue } from '../../persistence/issue-repository';
import { createEditorStore } from '../../state/create-editor-store';
import { AddSectionForm } from './add-section-form';
import { TagSuggestions } from './card-tag-field';
import { ComposeToolbar } from './compose-toolbar';
import { EditorStoreProvider } from './editor-store-context';
import { FrontMatterForm } from './front-matter-form';
import { IntroRegion } from './intro-region';
import { LiveAnnouncer } from './live-announcer';
import { PreviewPane } from './preview-pane';
import { SaveProblemBanner } from './save-problem-banner';
import { SectionList } from './section-list';
import { useAutosave } from './use-autosave';
import { useUndoShortcuts } from './use-undo-shortcuts';
import './compose.css';

export interface ComposeScreenProps {
  stored: StoredIssue;
  repository: IssueRepository;
  /** Autosave delay; tests shorten it. */
  autosaveDelayMs?: number;
}

const PREVIEW_ID = 'compose-preview';

/**
 * The editor for one loaded issue: its own store (created once, never shared), autosave, the
 * form on the left and the live preview on the right.
 */
export function ComposeScreen({ stored, repository, autosaveDelayMs }: ComposeScreenProps) {
  const [store] = useState(() => createEditorStore(stored.issue, { revision: stored.rev }));
  const [previewOpen, setPreviewOpen] = useState(true);
  const autosave = useAutosave(store, repository, autosaveDelayMs);
  useUndoShortcuts(store);

  const reload = useCallback(async () => {
    const latest = await repository.get(stored.issue.id);
    if (latest) store.getState().replaceWithStored(latest.issue, latest.rev);
  }, [repository, store, stored.issue.id]);

  return (
    <EditorStoreProvider store={store}>
      <main className={`compose${previewOpen ? ' with-preview' : ''}`}>
        <ComposeToolbar
          previewOpen={previewOpen}
          previewId={PREVIEW_ID}
          onTogglePreview={() => setPreviewOpen((open) => !open)}
        />
        <SaveProblemBanner
          onReload={() => void reload()}
          onRetry={() => void autosave.current?.flush()}
        />
        <div className="compose-columns">
          <div className="compose-form">
            <FrontMatterForm />
            <IntroRegion />
            <SectionList />
            <AddSectionForm />
          </div>
          {previewOpen && <PreviewPane id={PREVIEW_ID} />}
        </div>
        <TagSuggestions />
        <LiveAnnouncer />
      </main>
    </EditorStoreProvider>
  );
}
