import { useEditorState } from './editor-store-context';

/**
 * Says, beside a card's title, that its page's title could not be fetched, and why: shown while
 * the card keeps the title it had then, so it goes once the title is edited or a later fetch
 * brings the page's own. Nothing otherwise.
 */
export function CardTitleNote({
  id,
  cardId,
  title,
}: {
  id: string;
  cardId: string;
  title: string;
}) {
  const note = useEditorState((s) => s.titleNotes[cardId]);
  if (note === undefined || note.title !== title) return null;
  return (
    <p id={id} className="card-title-note">
      Title not fetched: {note.reason}
    </p>
  );
}
