import { useState, type KeyboardEvent } from 'react';
import { useEditorStore } from './editor-store-context';

interface SectionHeadingProps {
  sectionId: string;
  headingId: string;
  heading: string;
}

/** A section's heading, which names its region; "Rename" turns it into a text box. */
export function SectionHeading({ sectionId, headingId, heading }: SectionHeadingProps) {
  const store = useEditorStore();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(heading);

  const finish = (save: boolean) => {
    const next = text.trim();
    if (save && next !== '' && next !== heading) store.getState().renameSection(sectionId, next);
    setEditing(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finish(true);
    if (event.key === 'Escape') finish(false);
  };

  if (editing) {
    return (
      <div className="section-heading">
        <h2 id={headingId} className="visually-hidden">
          {heading}
        </h2>
        <label className="field">
          <span className="visually-hidden">Section heading</span>
          <input
            type="text"
            value={text}
            autoFocus
            data-field="heading"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => finish(true)}
          />
        </label>
      </div>
    );
  }
  return (
    <div className="section-heading">
      <h2 id={headingId}>{heading}</h2>
      <button
        type="button"
        className="button button-small button-quiet"
        data-field="heading"
        onClick={() => {
          setText(heading);
          setEditing(true);
        }}
      >
        Rename
      </button>
    </div>
  );
}
