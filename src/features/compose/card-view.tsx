import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LinkCard } from '../../core/model/types';
import type { FocusField } from '../../state/editor-state';
import { CardDescriptionField } from './card-description-field';
import { CardTagField } from './card-tag-field';
import { CardTitleNote } from './card-title-note';
import { CardTrailingField } from './card-trailing-field';
import { CardUrlField } from './card-url-field';
import { useEditorStore } from './editor-store-context';
import { SummaryBox } from './summary-box';
import { useFocusField } from './use-focus-request';

const CARD_FIELDS = ['title', 'url', 'tag'] as const;

/**
 * One link card: title, URL, tag, the text after the title when it was read with one (it stays
 * while emptied), and its summary bullets or description. Memoized on the card object: the model
 * is immutable, so a card re-renders only when it changed. Alt+Up/Down moves it within its
 * section, Alt+Shift+Up/Down to the previous or next section; focus stays on the field that had
 * it.
 */
export const CardView = memo(function CardView({ card }: { card: LinkCard }) {
  const store = useEditorStore();
  const ref = useRef<HTMLElement>(null);
  useFocusField(ref, card.id, CARD_FIELDS);
  const [hadTrailing] = useState(card.trailing !== undefined);
  const noteId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    const field = fieldOf(event.target);
    const state = store.getState();
    if (event.shiftKey) state.moveBlockToSection(card.id, delta);
    else state.moveBlockBy(card.id, delta);
    state.requestFocus(card.id, field);
  };

  const title = card.title.trim() || 'Untitled card';
  return (
    <article className="card-editor" aria-label={title} ref={ref} onKeyDown={onKeyDown}>
      <div className="card-fields">
        <label className="field field-title">
          <span className="field-label">Card title</span>
          <input
            type="text"
            value={card.title}
            data-field="title"
            aria-describedby={noteId}
            onChange={(event) =>
              store.getState().updateCardFields(card.id, { title: event.target.value })
            }
          />
        </label>
        <CardTitleNote id={noteId} cardId={card.id} title={card.title} />
        <CardUrlField cardId={card.id} url={card.url} />
        <CardTagField cardId={card.id} tag={card.tag} />
        {hadTrailing || card.trailing ? (
          <CardTrailingField cardId={card.id} trailing={card.trailing} />
        ) : null}
      </div>
      {card.description ? (
        <CardDescriptionField cardId={card.id} description={card.description} />
      ) : (
        <SummaryBox card={card} />
      )}
      <div className="card-actions">
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label="Move card up"
          title="Move up (Alt+Up)"
          onClick={() => store.getState().moveBlockBy(card.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label="Move card down"
          title="Move down (Alt+Down)"
          onClick={() => store.getState().moveBlockBy(card.id, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => store.getState().removeBlock(card.id)}
        >
          Remove card
        </button>
      </div>
    </article>
  );
});

function fieldOf(target: EventTarget): FocusField {
  const field = target instanceof HTMLElement ? target.closest('[data-field]') : null;
  const name = field?.getAttribute('data-field');
  return name === 'title' || name === 'url' || name === 'tag' ? name : 'summary';
}
