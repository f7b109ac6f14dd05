import { useEffect, useState } from 'react';
import { isTextField } from '../../components/is-text-field';
import { ModalDialog } from '../../components/modal-dialog';
import { KEYBOARD_SHORTCUTS } from './keyboard-shortcuts';
import './keyboard-help.css';

// The keyboard shortcuts, one key away: `?` anywhere outside a text field opens them, and so
// does the app bar's button. Escape or the close button returns the focus where it was.

export function KeyboardHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTextField(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="app-bar-help"
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
      >
        Keyboard shortcuts
      </button>
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

const onMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const key = (name: string) => (name === 'Ctrl' && onMac() ? 'Cmd' : name);
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose} wide>
      <div className="shortcut-groups">
        {KEYBOARD_SHORTCUTS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl className="shortcuts">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.action} className="shortcut">
                  <dt>
                    {shortcut.keys.map((name, index) => (
                      <span key={name}>
                        {index > 0 && '+'}
                        <kbd>{key(name)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{shortcut.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </p>
    </ModalDialog>
  );
}
