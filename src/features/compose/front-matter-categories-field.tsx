import { useId } from 'react';
import { getFrontMatterStringArray } from '../../core/front-matter/get-front-matter-string-array';
import { useEditorState, useEditorStore } from './editor-store-context';
import { useSyncedText } from './use-synced-text';

const none: string[] = [];

function parse(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const format = (categories: string[]) => categories.join(', ');
const means = (text: string, categories: string[]) => format(parse(text)) === format(categories);

/** The categories, typed as a comma-separated list and written as a TOML or YAML array. */
export function FrontMatterCategoriesField() {
  const store = useEditorStore();
  const categories = useEditorState(
    (s) => getFrontMatterStringArray(s.issue.frontMatter, 'categories') ?? none,
  );
  const [text, setText] = useSyncedText(categories, format, means);
  const hintId = useId();
  return (
    <div className="field field-categories">
      <label className="field-label" htmlFor={`${hintId}-input`}>
        Categories
      </label>
      <input
        id={`${hintId}-input`}
        type="text"
        value={text}
        aria-describedby={hintId}
        data-field="categories"
        onChange={(event) => {
          setText(event.target.value);
          const next = parse(event.target.value);
          if (format(next) !== format(categories)) {
            store.getState().setFrontMatterValue('categories', next);
          }
        }}
      />
      <span id={hintId} className="hint">
        Separated by commas
      </span>
    </div>
  );
}
