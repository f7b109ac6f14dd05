import type { FrontMatterValue } from '../../core/model/types';
import { defaultValueText } from '../../core/template/default-value-text';
import { readDefaultValueText } from '../../core/template/read-default-value-text';
import { CommitField } from './commit-field';
import type { FieldChange } from './use-template-draft';

interface TemplateFrontMatterEntryProps {
  entry: [string, FrontMatterValue];
  index: number;
  count: number;
  /** The change a field of the entry makes: the entry as edited, or why its text is unread. */
  onChange: (field: 'key' | 'default', label: string, next: FieldChange) => string | undefined;
  /** The template with the entry replaced. */
  withEntry: (entry: [string, FrontMatterValue]) => FieldChange;
  onMove: (to: number) => void;
}

/** One key of a new issue's front matter: its name, its default as text, and Up and Down. */
export function TemplateFrontMatterEntry(props: TemplateFrontMatterEntryProps) {
  const { entry, index, count, onChange, withEntry, onMove } = props;
  const [key, value] = entry;
  const text = defaultValueText(value);
  const keyLabel = `Key ${index + 1}`;
  const defaultLabel = `Default of “${key}”`;
  return (
    <li className="template-entry">
      <CommitField
        label={keyLabel}
        value={key}
        onCommit={(typed) => onChange('key', keyLabel, withEntry([typed.trim(), value]))}
      />
      {text === undefined ? (
        <p className="template-entry-date">Default: the new issue’s date</p>
      ) : (
        <CommitField
          label={defaultLabel}
          value={text}
          onCommit={(typed) => {
            const read = readDefaultValueText(typed, value);
            const next = 'problem' in read ? read : withEntry([key, read.value]);
            return onChange('default', defaultLabel, next);
          }}
        />
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={index === 0}
          aria-label={`Move key “${key}” up`}
          onClick={() => onMove(index - 1)}
        >
          Up
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={index === count - 1}
          aria-label={`Move key “${key}” down`}
          onClick={() => onMove(index + 1)}
        >
          Down
        </button>
      </div>
    </li>
  );
}
