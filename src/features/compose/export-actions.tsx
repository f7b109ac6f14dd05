import { useCallback, useEffect, useState } from 'react';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import type { IssueRepository } from '../../persistence/issue-repository';
import { copyToClipboard } from '../../components/copy-to-clipboard';
import { downloadTextFile } from '../../components/download-text-file';
import { markdownFileName } from '../../components/markdown-file-name';
import { useEditorStore } from './editor-store-context';
import { ExportChangeCount } from './export-change-count';
import { loadExporter } from './load-exporter';
import { canSaveToFolder } from './site-folder';
import { useLintGate } from './use-lint-gate';
import { whenIdle } from './when-idle';
import { reasonOf, useSiteFolderSave, type ExportMessage } from './use-site-folder-save';
import './export-actions.css';

/**
 * The export: "Download markdown" (`<slug>.md`, exactly the exporter's text), "Copy markdown",
 * and where the browser can write into folders, "Save to site folder". The exporter loads once
 * the editor is showing, so it is ready when a button is pressed. An issue with lint problems
 * asks first (see useLintGate).
 */
export function ExportActions({ repository }: { repository: IssueRepository }) {
  const store = useEditorStore();
  const [message, setShown] = useState<ExportMessage | undefined>();
  // Shown beside the buttons, and read out by the editor's live region.
  const setMessage = useCallback(
    (next: ExportMessage) => {
      setShown(next);
      store.getState().announce(next.text);
    },
    [store],
  );
  const folder = useSiteFolderSave(repository, setMessage);
  const folders = canSaveToFolder();
  const gate = useLintGate();

  useEffect(() => whenIdle(() => void loadExporter().catch(() => undefined)), []);

  const exported = async () => {
    const issue = await store.getState().settledIssue();
    const { exportIssue } = await loadExporter();
    return {
      name: markdownFileName(getFrontMatterString(issue.frontMatter, 'slug')),
      text: exportIssue(issue),
    };
  };
  const run = (action: (file: { name: string; text: string }) => Promise<void> | void) => () =>
    gate.check(
      'Export',
      () =>
        void exported().then(action, (error: unknown) =>
          setMessage({ text: `Could not export the issue: ${reasonOf(error)}`, error: true }),
        ),
    );

  const download = run(({ name, text }) => {
    downloadTextFile(name, text);
    setMessage({ text: `Downloaded ${name}.`, error: false });
  });
  const copy = run(async ({ text }) => {
    const failure = await copyToClipboard(text);
    setMessage(
      failure
        ? { text: `${failure} Use Download markdown instead.`, error: true }
        : { text: 'Copied the markdown.', error: false },
    );
  });

  return (
    <div className="export-actions" role="group" aria-label="Export">
      <button type="button" className="button button-primary" onClick={download}>
        Download markdown
      </button>
      <button type="button" className="button" onClick={copy}>
        Copy markdown
      </button>
      {folders && (
        <>
          <button
            type="button"
            className="button"
            onClick={run(({ name, text }) => folder.save(name, text))}
          >
            Save to site folder
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={run(({ name, text }) => folder.save(name, text, true))}
          >
            Choose site folder
          </button>
        </>
      )}
      {folder.pending && (
        <div className="overwrite-confirm" role="alertdialog" aria-label="Replace the file?">
          <p>
            {folder.pending.path}/{folder.pending.name} already exists. Replace it with this issue?
          </p>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void folder.overwrite()}
          >
            Replace file
          </button>
          <button type="button" className="button" onClick={folder.cancel}>
            Keep the file
          </button>
        </div>
      )}
      {gate.dialog}
      <ExportChangeCount repository={repository} />
      <p className={message?.error ? 'export-message error' : 'export-message'}>{message?.text}</p>
    </div>
  );
}
