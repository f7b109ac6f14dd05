import { useCallback, useEffect, useState } from 'react';
import type { NewsletterTemplate } from '../../core/template/template';
import type { IssueRepository, StoredIssue } from '../../persistence/issue-repository';
import { createEditorStore } from '../../state/create-editor-store';
import { AddSectionForm } from './add-section-form';
import { BlockDragContext } from './block-drag-context';
import { TagSuggestions } from './card-tag-field';
import { ComposeSide } from './compose-side';
import { ComposeToolbar } from './compose-toolbar';
import { EditorStoreProvider } from './editor-store-context';
import { ExportActions } from './export-actions';
import { FrontMatterForm } from './front-matter-form';
import { IdleReviewNotes } from './idle-review-notes';
import { IntroRegion } from './intro-region';
import { LiveAnnouncer } from './live-announcer';
import { PageTitlesContext } from './page-titles-context';
import { RefusedLinesMessage } from './refused-lines-message';
import { preloadRichEditors } from './rich-editor-modules';
import { SaveProblemBanner } from './save-problem-banner';
import { SectionList } from './section-list';
import { ToolbarShare } from './toolbar-share';
import { useAutosave } from './use-autosave';
import { useHashTarget } from './use-hash-target';
import { usePasteLinks } from './use-paste-links';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { HistoryButton } from '../revisions/history-button';
import { RevisionMomentsContext } from '../revisions/revision-moments-context';
import { useRevisionSnapshots } from '../revisions/use-revision-snapshots';
import { EditLockBanner } from '../storage/edit-lock-banner';
import { useEditLock } from '../storage/use-edit-lock';
import { usePageTitles } from '../workspace/use-page-titles';
import { WorkspaceArea } from '../workspace/workspace-area';
import './compose.css';

export interface ComposeScreenProps {
  stored: StoredIssue;
  repository: IssueRepository;
  /** The newsletter template the issue belongs to: lint, paste and new cards follow it. */
  template?: NewsletterTemplate;
  /** Autosave delay; tests shorten it. */
  autosaveDelayMs?: number;
}

const PREVIEW_ID = 'compose-preview';

/**
 * The editor for one loaded issue: its own store (created once, never shared), autosave, the
 * form on the left and the live preview on the right.
 */
export function ComposeScreen(props: ComposeScreenProps) {
  const { stored, repository, template, autosaveDelayMs } = props;
  const [store] = useState(() =>
    createEditorStore(stored.issue, { revision: stored.rev, ...(template && { template }) }),
  );
  const [previewOpen, setPreviewOpen] = useState(true);
  const autosave = useAutosave(store, repository, autosaveDelayMs);
  const session = useEditLock(
    store,
    repository,
    () => autosave.current?.flush() ?? Promise.resolve(),
  );
  const keepRevision = useRevisionSnapshots(store, repository, session);
  useUndoShortcuts(store);
  useHashTarget(store);
  const titleFromPages = usePageTitles(store, repository);
  const paste = usePasteLinks(store, titleFromPages);
  useEffect(() => preloadRichEditors(), []);

  const reload = useCallback(async () => {
    // This tab's edits are kept as a revision before the stored version replaces them.
    const mine = store.getState().issue;
    await repository.addRevision(mine.id, mine, 'before-overwrite').catch(() => undefined);
    const latest = await repository.get(stored.issue.id);
    if (latest) store.getState().replaceWithStored(latest.issue, latest.rev);
  }, [repository, store, stored.issue.id]);

  return (
    <EditorStoreProvider store={store}>
      <RevisionMomentsContext value={keepRevision}>
        <main className={`compose${previewOpen ? ' with-preview' : ''}`}>
          <ComposeToolbar
            previewOpen={previewOpen}
            previewId={PREVIEW_ID}
            onTogglePreview={() => setPreviewOpen((open) => !open)}
            main={<ToolbarShare />}
          >
            <ExportActions repository={repository} />
            <HistoryButton store={store} revisions={repository} />
          </ComposeToolbar>
          <WorkspaceArea store={store} repository={repository} base={stored.issue} />
          <SaveProblemBanner
            onReload={() => void reload()}
            onSaveAgain={() => void autosave.current?.saveAgain()}
            onRetry={() => void autosave.current?.flush()}
          />
          <EditLockBanner session={session} />
          <IdleReviewNotes repository={repository} />
          {paste.refused && (
            <RefusedLinesMessage
              key={paste.pasteCount}
              refused={paste.refused}
              onAdd={paste.addFromText}
              onDismiss={paste.dismiss}
            />
          )}
          <div className="compose-columns" inert={session.readOnly}>
            <div className="compose-form">
              <FrontMatterForm />
              <IntroRegion />
              <BlockDragContext>
                <PageTitlesContext value={titleFromPages}>
                  <SectionList />
                </PageTitlesContext>
              </BlockDragContext>
              <AddSectionForm />
            </div>
            <ComposeSide previewOpen={previewOpen} previewId={PREVIEW_ID} />
          </div>
          <TagSuggestions />
          <LiveAnnouncer />
        </main>
      </RevisionMomentsContext>
    </EditorStoreProvider>
  );
}
