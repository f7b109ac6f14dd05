import { useId, useState } from 'react';
import type { RefusedLine } from './read-pasted-links';
import './refused-lines-message.css';

interface RefusedLinesMessageProps {
  refused: readonly RefusedLine[];
  onAdd: (text: string) => void;
  onDismiss: () => void;
}

/**
 * The pasted lines that did not become cards, each with why, and all of them in a box to fix and
 * add again: nothing the editor pasted is lost.
 */
export function RefusedLinesMessage({ refused, onAdd, onDismiss }: RefusedLinesMessageProps) {
  const boxId = useId();
  const [text, setText] = useState(() => refused.map((r) => r.text.trim()).join('\n'));
  const count = refused.length === 1 ? '1 pasted line was' : `${refused.length} pasted lines were`;
  return (
    <section
      className="banner banner-error refused-lines"
      role="alert"
      aria-label="Lines not added"
    >
      <p>
        <strong>{count} not added as cards.</strong> Fix them below and add them again.
      </p>
      <ul>
        {refused.map((r) => (
          <li key={r.line}>
            Line {r.line}: <code>{r.text.trim()}</code> — {r.reason}
          </li>
        ))}
      </ul>
      <label className="field" htmlFor={boxId}>
        <span className="field-label">Lines not added</span>
      </label>
      <textarea
        id={boxId}
        className="refused-lines-text"
        rows={Math.min(6, refused.length + 1)}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="actions">
        <button type="button" className="button" onClick={() => onAdd(text)}>
          Add these links
        </button>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
