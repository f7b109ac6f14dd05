import { useState, type FormEvent } from 'react';
import { useEditorStore } from './editor-store-context';

/** Adds a section at the end: a link section, or a prose one such as "Important Announcement". */
export function AddSectionForm() {
  const store = useEditorStore();
  const [heading, setHeading] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = heading.trim();
    if (text === '') return;
    store.getState().addSection(text);
    setHeading('');
  };
  return (
    <form className="add-section" onSubmit={onSubmit}>
      <label className="field">
        <span className="field-label">New section heading</span>
        <input
          type="text"
          value={heading}
          placeholder="Important Announcement"
          onChange={(event) => setHeading(event.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={heading.trim() === ''}>
        Add section
      </button>
    </form>
  );
}
