// The preview's actions: back to the editor, download and copy the exact markdown export. The
// exporter (front matter writers, markdown serializer) is not needed to show the issue, so it
// loads after the preview renders, and is ready by the time a button is pressed. An issue with
// lint problems asks first, as the editor's export does (see useLintCheck).

import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import type { Issue } from '../../core/model/types';
import { copyToClipboard } from '../../components/copy-to-clipboard';
import { useRepository } from '../../components/repository-context';
import { downloadTextFile } from '../../components/download-text-file';
import { markdownFileName } from '../../components/markdown-file-name';
import { useLintCheck, type LintSource } from '../compose/use-lint-check';

interface Message {
  text: string;
  error: boolean;
}

export function PreviewToolbar({ issue }: { issue: Issue }) {
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const fileName = markdownFileName(getFrontMatterString(issue.frontMatter, 'slug'));
  const gate = useLintCheck(useReaderLintSource(issue));

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
        <button
          type="button"
          className="button button-primary"
          onClick={() => gate.check('Export', () => void download())}
        >
          Download markdown
        </button>
        <button
          type="button"
          className="button"
          onClick={() => gate.check('Export', () => void copy())}
        >
          Copy markdown
        </button>
      </div>
      {gate.dialog}
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

/**
 * The stored issue, checked against the template the editor checks it with; "Show problems"
 * opens the editor at its list of problems.
 */
function useReaderLintSource(issue: Issue): LintSource {
  const navigate = useNavigate();
  const repository = useRepository();
  return useMemo(
    () => ({
      problems: async () => {
        const [{ lintIssue }, { templateOfIssue }, { readTemplates }] = await Promise.all([
          import('../../core/lint/lint-issue'),
          import('../../core/template/template-of-issue'),
          import('../templates/read-templates'),
        ]);
        const { all } = await readTemplates(repository);
        return lintIssue(issue, templateOfIssue(issue, all));
      },
      showProblems: () => void navigate(`/issues/${encodeURIComponent(issue.id)}#problems`),
    }),
    [issue, navigate, repository],
  );
}

function loadExporter() {
  return import('../../core/markdown/export-issue');
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
