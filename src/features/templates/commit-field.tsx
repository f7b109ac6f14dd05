import { useId, useState } from 'react';

interface CommitFieldProps {
  label: string;
  /** The text shown until edited. */
  value: string;
  /**
   * Takes the text when the field is left or Enter is pressed: returns why it was refused, or
   * undefined when the template took it.
   */
  onCommit: (text: string) => string | undefined;
  hint?: string;
}

/**
 * A text field of the Template screen whose text becomes part of the template only when it is
 * left or Enter is pressed (so a half-typed host or time is not refused letter by letter), and
 * only when it changed. A refused text stays, marked invalid, with the reason beside it.
 */
export function CommitField({ label, value, onCommit, hint }: CommitFieldProps) {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const [problem, setProblem] = useState<string | undefined>();
  const inputId = useId();
  const problemId = useId();
  const hintId = useId();
  const commit = () => {
    if (text === committed) return;
    setCommitted(text);
    setProblem(onCommit(text));
  };
  const describedBy = [hint && hintId, problem && problemId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        value={text}
        aria-invalid={problem !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={problemId} className="field-error">
          {problem}
        </span>
      )}
    </div>
  );
}
