import { use, useId, useState, type FormEvent } from 'react';
import { checkNewLinkUrl } from '../../core/url/check-new-link-url';
import { FeaturedBadge } from '../archive/featured-badge';
import { useWarmFeaturedLookup } from '../archive/use-warm-featured-lookup';
import { useEditorState, useEditorStore } from './editor-store-context';
import { PageTitlesContext } from './page-titles-context';

/**
 * A section's "Add link" box: a URL and Enter adds a card at the end of the section, titled from
 * the URL (then from its page, with a workspace: see usePageTitles), with the focus on its
 * title. A refused URL shows why and stays in the box; a link another issue already featured is
 * flagged while it is typed.
 */
export function AddLinkBox({ sectionId }: { sectionId: string }) {
  const store = useEditorStore();
  const titleFromPage = use(PageTitlesContext);
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [issueId] = useState(() => store.getState().issue.id);
  const templateId = useEditorState((state) => state.config.template.id);
  useWarmFeaturedLookup(issueId, templateId);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNewLinkUrl(text);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(undefined);
    setText('');
    const id = store.getState().addLinkCard(checked.url, sectionId);
    if (id !== undefined) titleFromPage([id]);
  };

  return (
    <form className="add-link" onSubmit={onSubmit}>
      <label className="field">
        <span className="visually-hidden">Add link</span>
        <input
          type="text"
          inputMode="url"
          // No suggestions of earlier entries over the cards below, and no autofill lookup on
          // each paste: the box takes one URL at a time, checked and added as a card at once.
          autoComplete="off"
          spellCheck={false}
          placeholder="Add link: paste or type a URL, then Enter"
          value={text}
          data-field="add-link"
          aria-invalid={error !== undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(undefined);
          }}
        />
      </label>
      {/* Asked of the link index with the cards' badges, which the open issue's saves leave be. */}
      {text.trim() !== '' && (
        <FeaturedBadge url={text} issueId={issueId} templateId={templateId} once />
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
