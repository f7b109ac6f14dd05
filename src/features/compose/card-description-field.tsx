import type { CardParagraph } from '../../core/model/types';
import { plainText, textOf } from '../../core/model/rich-text';
import { useEditorStore } from './editor-store-context';
import { useSyncedText } from './use-synced-text';

const format = (description: CardParagraph[]) =>
  description.map((p) => plainText(p.content)).join('\n\n');
const means = (text: string, description: CardParagraph[]) =>
  paragraphsOf(text).join('\n\n') === paragraphsOf(format(description)).join('\n\n');

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * The paragraphs that describe a paragraph or heading card, one blank line between two. A
 * paragraph left as it was keeps its text as read, links and emphasis included; one typed anew
 * is plain text.
 */
export function CardDescriptionField({
  cardId,
  description,
}: {
  cardId: string;
  description: CardParagraph[];
}) {
  const store = useEditorStore();
  const [text, setText] = useSyncedText(description, format, means);
  return (
    <label className="field field-description">
      <span className="field-label">Description</span>
      <textarea
        value={text}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        onChange={(event) => {
          setText(event.target.value);
          const contents = paragraphsOf(event.target.value).map((typed, i) => {
            const before = description[i];
            return before && plainText(before.content).trim() === typed
              ? before.content
              : textOf(typed);
          });
          store.getState().setCardDescription(cardId, contents);
        }}
      />
    </label>
  );
}
