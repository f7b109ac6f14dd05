import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useRepository } from '../../components/repository-context';
import { ConfirmDialog } from './confirm-dialog';

// The question behind "Open in editor", and the copy once the reviewer agrees: the importer reads
// the markdown into a new draft of the reviewer's own, stored through the app's repository, and
// the editor opens on it. Loaded on the click, with the importer after it.

interface OpenInEditorDialogProps {
  markdown: string;
  title: string;
  onClose: () => void;
}

export function OpenInEditorDialog({ markdown, title, onClose }: OpenInEditorDialogProps) {
  const repository = useRepository();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function copyToDrafts(): Promise<void> {
    setBusy(true);
    setProblem('');
    try {
      const { importIssue } = await import('../../core/markdown/import-issue');
      // As the editor imports a file: front matter it cannot read is kept, read-only.
      const issue = importIssue(markdown, { keepUnreadableFrontMatter: true });
      await repository.put(issue, 0);
      void navigate(`/issues/${encodeURIComponent(issue.id)}`);
    } catch (error) {
      setBusy(false);
      setProblem(describe(error));
    }
  }

  return (
    <ConfirmDialog
      title="Copy this issue into your drafts?"
      confirmLabel={busy ? 'Copying…' : 'Copy to my drafts'}
      busy={busy}
      onConfirm={() => void copyToDrafts()}
      onCancel={onClose}
    >
      <p>
        “{title || 'This issue'}” becomes a draft in this browser that you can edit. Whoever shared
        it will not see your changes.
      </p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
    </ConfirmDialog>
  );
}

function describe(error: unknown): string {
  const reason = error instanceof Error && error.message ? `: ${error.message}` : '';
  return `The issue could not be copied into your drafts${reason}.`;
}
