import { useRef } from 'react';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import type { FolderHandleStore, SettingsStore } from '../../persistence/issue-repository';
import { markdownFileName } from '../../components/markdown-file-name';
import { useEditorStore } from './editor-store-context';
import { OverwriteQuestion } from './overwrite-question';
import { canSaveToFolder } from './site-folder';
import type { ExportMessage } from './site-folder-messages';
import type { LintGate } from './use-lint-gate';
import { useSiteFolderSave, type ExportedFile } from './use-site-folder-save';

interface SiteFolderActionsProps {
  stores: FolderHandleStore & SettingsStore;
  gate: LintGate;
  exported: () => Promise<ExportedFile>;
  report: (message: ExportMessage) => void;
}

/**
 * "Save to site folder" (asks first when the issue has lint problems, like the export) and
 * "Choose site folder", where the browser can write into a folder; nothing where it cannot, the
 * download being the way there. A file changed outside Broadsheet is replaced only when the
 * editor answers the question.
 */
export function SiteFolderActions({ stores, gate, exported, report }: SiteFolderActionsProps) {
  const store = useEditorStore();
  const folder = useSiteFolderSave(stores, report);
  const saveButton = useRef<HTMLButtonElement>(null);
  if (!canSaveToFolder()) return null;
  const fileName = () =>
    markdownFileName(getFrontMatterString(store.getState().issue.frontMatter, 'slug'));
  return (
    <>
      <button
        ref={saveButton}
        type="button"
        className="button"
        onClick={() => gate.check('Save', () => void folder.save(exported))}
      >
        Save to site folder
      </button>
      <button type="button" className="button" onClick={() => void folder.choose(fileName())}>
        Choose site folder
      </button>
      {folder.pending && (
        <OverwriteQuestion
          pending={folder.pending}
          onReplace={() => void folder.overwrite()}
          onKeep={folder.keep}
          returnFocusTo={saveButton.current}
        />
      )}
    </>
  );
}
