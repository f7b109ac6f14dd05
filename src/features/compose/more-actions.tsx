import { useId, useRef, useState, type ReactNode } from 'react';

// The editor's less used actions, behind one button so the header stays one row on a laptop and
// small on a phone. A disclosure: the button says whether the panel is open, Tab goes from it
// into the panel, Escape closes it and gives the focus back. What the panel holds stays mounted
// while it is closed (the exporter keeps loading, a message keeps its place).

export function MoreActions({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div
      className="more-actions"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        More actions
      </button>
      <div
        id={panelId}
        className="more-actions-panel"
        role="group"
        aria-label="More actions"
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
}
