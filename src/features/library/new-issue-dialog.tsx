import { ModalDialog } from '../../components/modal-dialog';
import type { NewsletterTemplate } from '../../core/template/template';
import './new-issue-dialog.css';

interface NewIssueDialogProps {
  newsletters: readonly NewsletterTemplate[];
  onChoose: (template: NewsletterTemplate) => void;
  onCancel: () => void;
}

/**
 * Asked by "New issue" when the library holds several newsletters: one button per newsletter,
 * the focus on the first; Escape or Cancel closes it and the focus goes back to "New issue".
 */
export function NewIssueDialog({ newsletters, onChoose, onCancel }: NewIssueDialogProps) {
  return (
    <ModalDialog title="New issue of which newsletter?" onClose={onCancel}>
      <ul className="new-issue-choices" aria-label="Newsletters">
        {newsletters.map((template, index) => (
          <li key={template.id}>
            <button
              type="button"
              className="button"
              data-autofocus={index === 0 ? true : undefined}
              onClick={() => onChoose(template)}
            >
              {template.name}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
