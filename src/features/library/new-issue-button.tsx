import { useState } from 'react';
import type { NewsletterTemplate } from '../../core/template/template';
import { useLibraryTemplates } from '../templates/use-library-templates';
import { NewIssueDialog } from './new-issue-dialog';

/**
 * "New issue": of the library's only newsletter at once, or, when it holds several, of the one
 * chosen in a dialog. Until the templates are read, of the default template (EKS News).
 */
export function NewIssueButton({
  onCreate,
}: {
  onCreate: (template?: NewsletterTemplate) => Promise<void>;
}) {
  const { templates } = useLibraryTemplates();
  const [asking, setAsking] = useState(false);
  const newsletters = templates?.newsletters ?? [];
  const choose = (template: NewsletterTemplate) => {
    setAsking(false);
    void onCreate(template);
  };
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        aria-haspopup={newsletters.length > 1 ? 'dialog' : undefined}
        onClick={() => (newsletters.length > 1 ? setAsking(true) : void onCreate(newsletters[0]))}
      >
        New issue
      </button>
      {asking && (
        <NewIssueDialog
          newsletters={newsletters}
          onChoose={choose}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
