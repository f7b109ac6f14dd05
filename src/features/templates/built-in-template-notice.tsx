import { useRef, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';

interface BuiltInTemplateNoticeProps {
  /** The built-in template's name as the app ships it. */
  name: string;
  /** True when the library's copy of it, used in its place, differs from it. */
  changed: boolean;
  /** Forgets the library's copy and reads the templates again. */
  onRestore: () => Promise<void>;
}

/**
 * Says that the template on screen is built in, and when the library's copy of it is changed,
 * offers "Restore the built-in template", which asks first (the changes are lost). After the
 * restore the focus goes to what it says, since the button is gone.
 */
export function BuiltInTemplateNotice({ name, changed, onRestore }: BuiltInTemplateNoticeProps) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const [shownChanged, setShownChanged] = useState(changed);
  const said = useRef<HTMLParagraphElement>(null);
  if (shownChanged !== changed) {
    setShownChanged(changed);
    if (changed) setMessage(undefined);
  }
  const restore = async () => {
    setAsking(false);
    try {
      await onRestore();
      setMessage({ text: `Restored the built-in template “${name}”.`, error: false });
      requestAnimationFrame(() => said.current?.focus());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({ text: `The built-in template was not restored: ${reason}`, error: true });
    }
  };
  return (
    <section className="template-built-in" aria-label="Built-in template">
      <p>
        {changed
          ? `“${name}” is built into Broadsheet, and this library’s copy of it is changed: the screens and drafts of “${name}” follow the changed copy.`
          : `“${name}” is built into Broadsheet. Saving a change keeps a changed copy in its place, until the built-in template is restored.`}
      </p>
      {changed && (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          Restore the built-in template
        </button>
      )}
      {message && (
        <p
          ref={said}
          tabIndex={-1}
          role={message.error ? 'alert' : 'status'}
          className={`notice ${message.error ? 'notice-error' : 'notice-success'}`}
        >
          {message.text}
        </p>
      )}
      {asking && (
        <ModalDialog title="Restore the built-in template?" onClose={() => setAsking(false)}>
          <p>
            The changes made to “{name}” in this library are lost: it becomes the template
            Broadsheet ships again, and its drafts follow that.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button-quiet"
              data-autofocus
              onClick={() => setAsking(false)}
            >
              Cancel
            </button>
            <button type="button" className="button button-danger" onClick={() => void restore()}>
              Restore
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
