import { useCallback, useEffect, useState } from 'react';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import type { IssueRepository } from '../../persistence/issue-repository';
import { copyToClipboard } from '../../components/copy-to-clipboard';
import { downloadTextFile } from '../../components/download-text-file';
import { markdownFileName } from '../../components/markdown-file-name';
import { useEditorStore } from './editor-store-context';
import { ExportChangeCount } from './export-change-count';
import { loadExporter } from './load-exporter';
import { rememberExportedText } from './exported-text';
import { SiteFolderActions } from './site-folder-actions';
import { reasonOf, type ExportMessage } from './site-folder-messages';
import { useLintGate } from './use-lint-gate';
import type { ExportedFile } from './use-site-folder-save';
import { whenIdle } from './when-idle';
import './export-actions.css';

/**
 * The export: "Download markdown" (`<slug>.md`, exactly the exporter's text), "Copy markdown",
 * and where the browser can write into folders, "Save to site folder" (SiteFolderActions). The
 * exporter loads once the editor is showing, so it is ready when a button is pressed. An issue
 * with lint problems asks first (see useLintGate). Every outcome shows in a status region.
 */
export function ExportActions({ repository }: { repository: IssueRepository }) {
  const store = useEditorStore();
  // Shown beside the buttons in a status region, which reads it out; `seq` tells one message
  // from the same text said again.
  const [message, setShown] = useState<(ExportMessage & { seq: number }) | undefined>();
  const setMessage = useCallback(
    (next: ExportMessage) => setShown((shown) => ({ ...next, seq: (shown?.seq ?? 0) + 1 })),
    [],
  );
  const gate = useLintGate();

  useEffect(() => whenIdle(() => void loadExporter().catch(() => undefined)), []);

  const exported = async (): Promise<ExportedFile> => {
    const issue = await store.getState().settledIssue();
    const { exportIssue } = await loadExporter();
    return {
      name: markdownFileName(getFrontMatterString(issue.frontMatter, 'slug')),
      text: exportIssue(issue),
      issue,
    };
  };
  const run = (action: (file: ExportedFile) => Promise<void> | void) => () =>
    gate.check(
      'Export',
      () =>
        void exported().then(action, (error: unknown) =>
          setMessage({ text: `Could not export the issue: ${reasonOf(error)}`, error: true }),
        ),
    );

  const download = run(({ name, text, issue }) => {
    downloadTextFile(name, text);
    setMessage({ text: `Downloaded ${name}.`, error: false });
    void rememberExportedText(repository, issue.id, text).catch(() => undefined);
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
      <SiteFolderActions stores={repository} gate={gate} exported={exported} report={setMessage} />
      {gate.dialog}
      <ExportChangeCount repository={repository} />
      <p className={message?.error ? 'export-message error' : 'export-message'} role="status">
        {message && <span key={message.seq}>{message.text}</span>}
      </p>
    </div>
  );
}
