import { useId, useState } from 'react';
import { getFrontMatterDate } from '../../core/front-matter/get-front-matter-date';
import { useEditorState, useEditorStore } from './editor-store-context';
import { useSyncedText } from './use-synced-text';

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** True for an RFC 3339 date-time in UTC (`2025-01-09T15:00:00Z`) that names a real moment. */
export function isUtcDateTime(text: string): boolean {
  if (!RFC3339_UTC.test(text)) return false;
  const time = Date.parse(text);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === text.slice(0, 10);
}

const format = (date: string) => date;
const means = (text: string, date: string) => text.trim() === date;

/**
 * The publication date, as Hugo wants it: RFC 3339 with `Z`, written unquoted. A date still being
 * typed (or wrong) stays in the box with a hint, the issue keeping its last good date.
 */
export function FrontMatterDateField() {
  const store = useEditorStore();
  const errorId = useId();
  const date = useEditorState((s) => getFrontMatterDate(s.issue.frontMatter, 'date') ?? '');
  const [text, setText] = useSyncedText(date, format, means);
  const [error, setError] = useState<string | undefined>();

  const onChange = (value: string) => {
    setText(value);
    if (!isUtcDateTime(value.trim())) {
      setError('Write the date in UTC as 2025-01-09T15:00:00Z.');
      return;
    }
    setError(undefined);
    store.getState().setFrontMatterValue('date', { date: value.trim() });
  };

  return (
    <label className="field field-date">
      <span className="field-label">Date</span>
      <input
        type="text"
        value={text}
        spellCheck={false}
        data-field="date"
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </label>
  );
}
