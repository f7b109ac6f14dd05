import { useId, useState } from 'react';
import { checkNewLinkUrl } from '../../core/url/check-new-link-url';
import { CardFeaturedBadge } from './card-featured-badge';
import { useEditorStore } from './editor-store-context';
import { useSyncedText } from './use-synced-text';

const identity = (url: string) => url;
const meansUrl = (text: string, url: string) => {
  const checked = checkNewLinkUrl(text);
  return text === url || (checked.ok && checked.url === url);
};

/**
 * A card's URL, checked on every change by the core URL door: an accepted URL goes into the card
 * at once (a bare host gets https://), a refused one (javascript:, data:, an incomplete address)
 * shows why and stays in the box as typed, the card keeping its last good URL. A link another
 * issue already featured is flagged ("in #054").
 */
export function CardUrlField({ cardId, url }: { cardId: string; url: string }) {
  const store = useEditorStore();
  const errorId = useId();
  const inputId = useId();
  // The issue's id never changes while it is open: read once, not on every edit.
  const [issueId] = useState(() => store.getState().issue.id);
  const [text, setText] = useSyncedText(url, identity, meansUrl);
  const [error, setError] = useState<string | undefined>();

  const onChange = (value: string) => {
    setText(value);
    const checked = checkNewLinkUrl(value);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(undefined);
    store.getState().updateCardFields(cardId, { url: checked.url });
  };

  return (
    <div className="field field-url">
      <label className="field-label" htmlFor={inputId}>
        URL
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        spellCheck={false}
        value={text}
        data-field="url"
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <CardFeaturedBadge url={url} issueId={issueId} />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
