// A modal dialog of the page's own: labelled by its title, focus moved into it on opening and back
// to what opened it on closing, Escape closes it, and Tab stays inside while it is open.

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './modal-dialog.css';

interface ModalDialogProps {
  title: string;
  /** Called on Escape; omit for a question that must be answered. */
  onClose?: () => void;
  /** A wider dialog, for lists. */
  wide?: boolean;
  /**
   * Where the focus goes back on closing; by default, what had it when the dialog opened. An
   * action that opens the dialog after waiting passes the control it was started from.
   */
  returnFocusTo?: Element | null;
  children: ReactNode;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function ModalDialog({
  title,
  onClose,
  wide = false,
  returnFocusTo,
  children,
}: ModalDialogProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = returnFocusTo ?? document.activeElement;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]');
    (first ?? box.current)?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
    // Read once, as the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab' && box.current) {
      keepFocusInside(event, box.current);
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className={`modal-dialog${wide ? ' modal-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

function keepFocusInside(event: KeyboardEvent, box: HTMLElement): void {
  const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
