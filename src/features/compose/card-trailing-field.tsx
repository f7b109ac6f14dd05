import type { RichText } from '../../core/model/types';
import { plainText, textOf } from '../../core/model/rich-text';
import { useEditorStore } from './editor-store-context';
import { useSyncedText } from './use-synced-text';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const format = (trailing: RichText | undefined) => oneLine(plainText(trailing ?? []));
const means = (text: string, trailing: RichText | undefined) => oneLine(text) === format(trailing);

/**
 * The text after a card's title link, such as "(5 minute read)" or "by Author": shown for the
 * cards whose file writes one, edited as plain text, written after a space.
 */
export function CardTrailingField({
  cardId,
  trailing,
}: {
  cardId: string;
  trailing: RichText | undefined;
}) {
  const store = useEditorStore();
  const [text, setText] = useSyncedText(trailing, format, means);
  return (
    <label className="field field-trailing">
      <span className="field-label">After the title</span>
      <input
        type="text"
        value={text}
        placeholder="None"
        onChange={(event) => {
          setText(event.target.value);
          const typed = oneLine(event.target.value);
          store
            .getState()
            .updateCardFields(cardId, { trailing: typed ? textOf(` ${typed}`) : undefined });
        }}
      />
    </label>
  );
}
