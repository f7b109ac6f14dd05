import { useId, useState, type FormEvent } from 'react';
import { checkNewLinkUrl } from '../../core/url/check-new-link-url';
import type { LinkWanted } from './use-triage';

// A candidate sent without a link stays in the inbox: this form asks for its link, focused, and
// sends it once the link passes the URL door (which also takes a bare `example.com/x`, so the
// field is text, not a URL field the browser would refuse it in). Escape or Cancel leaves it in
// the inbox.

interface CandidateLinkFormProps {
  wanted: LinkWanted;
  onSend: (wanted: LinkWanted, url: string) => void;
  onCancel: () => void;
}

export function CandidateLinkForm({ wanted, onSend, onCancel }: CandidateLinkFormProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNewLinkUrl(url);
    if (checked.ok) onSend(wanted, checked.url);
    else setProblem(checked.message);
  };

  return (
    <form
      className="candidate-link-form"
      noValidate
      aria-label="Link for the candidate"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-url`}>
        “{wanted.entry.title}” has no link yet. Its link, to send it to {wanted.section.heading}:
      </label>
      <input
        id={`${id}-url`}
        type="text"
        inputMode="url"
        autoComplete="url"
        value={url}
        autoFocus
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setUrl(event.target.value);
          setProblem(undefined);
        }}
      />
      <button type="submit" className="button button-small">
        Send
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
      {problem && (
        <p id={`${id}-problem`} className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
