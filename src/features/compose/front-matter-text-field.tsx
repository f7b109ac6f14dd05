import { useState } from 'react';
import { InputError } from '../../core/errors';
import { getFrontMatterValue } from '../../core/front-matter/get-front-matter-value';
import type { FocusField } from '../../state/editor-state';
import { useEditorState, useEditorStore } from './editor-store-context';

interface FrontMatterTextFieldProps {
  name: string;
  label: string;
  focusField?: FocusField;
}

/** A front matter string (title, slug, author, description), written into the file's own style. */
export function FrontMatterTextField({ name, label, focusField }: FrontMatterTextFieldProps) {
  const store = useEditorStore();
  const value = useEditorState((s) => textOf(getFrontMatterValue(s.issue.frontMatter, name)));
  const [error, setError] = useState<string | undefined>();
  const onChange = (text: string) => {
    try {
      store.getState().setFrontMatterValue(name, text);
      setError(undefined);
    } catch (caught) {
      if (!(caught instanceof InputError)) throw caught;
      setError(caught.message);
    }
  };
  return (
    <label className={`field field-${name}`}>
      <span className="field-label">{label}</span>
      <input
        type="text"
        value={value}
        data-field={focusField ?? name}
        aria-invalid={error !== undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
