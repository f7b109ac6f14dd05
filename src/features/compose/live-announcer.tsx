import { useEditorState } from './editor-store-context';

/** Reads moves, additions and removals out to screen readers (a polite live region). */
export function LiveAnnouncer() {
  const announcement = useEditorState((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement && <span key={announcement.seq}>{announcement.message}</span>}
    </div>
  );
}
