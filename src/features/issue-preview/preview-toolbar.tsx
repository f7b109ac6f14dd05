// The preview's actions: back to the editor, download and copy the exact markdown export. The
// exporter (front matter writers, markdown serializer) is not needed to show the issue, so it
// loads after the preview renders, and is ready by the time a button is pressed.

import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import type { Issue } from '../../core/model/types';
import { copyToClipboard } from '../../components/copy-to-clipboard';
import { downloadTextFile } from '../../components/download-text-file';
import { markdownFileName } from '../../components/markdown-file-name';

interface Message {
  text: string;
  error: boolean;
}

export function PreviewToolbar({ issue }: { issue: Issue }) {
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const fileName = markdownFileName(getFrontMatterString(issue.frontMatter, 'slug'));

  useEffect(() => void loadExporter().catch(() => undefined), []);

  const download = async () => {
    try {
      const { exportIssue } = await loadExporter();
      downloadTextFile(fileName, exportIssue(issue));
      setMessage({ text: `Downloaded ${fileName}.`, error: false });
    } catch (error) {
      setMessage({ text: `Could not export the issue: ${reasonOf(error)}`, error: true });
    }
  };
  const copy = async () => {
    let text: string;
    try {
      text = (await loadExporter()).exportIssue(issue);
    } catch (error) {
      setMessage({ text: `Could not export the issue: ${reasonOf(error)}`, error: true });
      return;
    }
    const failure = await copyToClipboard(text);
    setMessage(
      failure
        ? { text: `${failure} Use Download markdown instead.`, error: true }
        : { text: 'Copied the markdown to the clipboard.', error: false },
    );
  };

  return (
    <div className="preview-toolbar">
      <div className="toolbar" role="group" aria-label="Issue actions">
        <Link className="button" to={`/issues/${encodeURIComponent(issue.id)}`}>
          Edit
        </Link>
        <button type="button" className="button button-primary" onClick={() => void download()}>
          Download markdown
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy markdown
        </button>
      </div>
      <p
        className={message?.error ? 'toolbar-message error' : 'toolbar-message'}
        role="status"
        aria-live="polite"
      >
        {message?.text}
      </p>
    </div>
  );
}

function loadExporter() {
  return import('../../core/markdown/export-issue');
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
