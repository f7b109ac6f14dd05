import { useEditorStore } from './editor-store-context';
import { useSyncedText } from './use-synced-text';

/** The id of the one list of known tags, rendered once by the compose screen. */
export const TAG_LIST_ID = 'card-tag-suggestions';

/** Tags seen in the archive, most used first; any other text is allowed. */
export const KNOWN_TAGS = ['Blog', 'AWS re:Post Article', 'KB Article', 'Tutorials'];

const format = (tag: string | undefined) => tag ?? '';
const means = (text: string, tag: string | undefined) => (text.trim() || undefined) === tag;

/** A card's optional tag, written `[**Blog**]` before the title; suggestions from the archive. */
export function CardTagField({ cardId, tag }: { cardId: string; tag: string | undefined }) {
  const store = useEditorStore();
  const [text, setText] = useSyncedText(tag, format, means);
  return (
    <label className="field field-tag">
      <span className="field-label">Tag</span>
      <input
        type="text"
        list={TAG_LIST_ID}
        value={text}
        placeholder="None"
        data-field="tag"
        onChange={(event) => {
          setText(event.target.value);
          store
            .getState()
            .updateCardFields(cardId, { tag: event.target.value.trim() || undefined });
        }}
      />
    </label>
  );
}

/** The suggestions every tag box offers. */
export function TagSuggestions() {
  return (
    <datalist id={TAG_LIST_ID}>
      {KNOWN_TAGS.map((tag) => (
        <option key={tag} value={tag} />
      ))}
    </datalist>
  );
}
