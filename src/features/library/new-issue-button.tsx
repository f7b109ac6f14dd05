import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NewsletterTemplate } from '../../core/template/template';
import { useLibraryTemplates } from '../templates/use-library-templates';
import { NewIssueDialog } from './new-issue-dialog';

/**
 * "New issue": of the library's only newsletter at once, or, when it holds several, of the one
 * chosen in a dialog. A click before the templates are read is answered once they are, so a
 * library of several newsletters always asks which.
 */
export function NewIssueButton({
  onCreate,
}: {
  onCreate: (template?: NewsletterTemplate) => Promise<void>;
}) {
  const { templates, error } = useLibraryTemplates();
  const [asking, setAsking] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const newsletters = useMemo(() => templates?.newsletters ?? [], [templates]);
  // Templates that cannot be read leave the default template, as the editor does.
  const ready = templates !== undefined || error !== undefined;
  const choose = (template: NewsletterTemplate) => {
    setAsking(false);
    void onCreate(template);
  };
  const answer = useCallback(
    () => (newsletters.length > 1 ? setAsking(true) : void onCreate(newsletters[0])),
    [newsletters, onCreate],
  );
  useEffect(() => {
    if (!waiting || !ready) return;
    setWaiting(false);
    answer();
  }, [waiting, ready, answer]);
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        aria-haspopup={newsletters.length > 1 ? 'dialog' : undefined}
        aria-busy={waiting || undefined}
        onClick={() => (ready ? answer() : setWaiting(true))}
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
