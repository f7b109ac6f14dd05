import type { EditSession } from './use-edit-lock';

/** Says which tab edits this draft, and offers to edit here instead. */
export function EditLockBanner({ session }: { session: EditSession }) {
  const { access, deleted, takeOver } = session;
  if (deleted) {
    return (
      <div className="banner banner-warning" role="alert">
        <p>
          <strong>This draft was deleted in another tab.</strong> What this tab shows is not stored
          any more.
        </p>
      </div>
    );
  }
  if (access.mode === 'following') {
    const lead =
      access.reason === 'taken-over'
        ? 'Another tab took over editing this draft.'
        : 'This draft is being edited in another tab.';
    return (
      <div className="banner banner-warning edit-lock" role="alert">
        <p>
          <strong>{lead}</strong> This tab is read-only and shows that tab's changes as they are
          saved. Take over to edit here; the other tab then becomes read-only.
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={takeOver}>
            Take over
          </button>
        </div>
      </div>
    );
  }
  if (access.mode === 'editing' && access.since === 'released') {
    return (
      <p className="banner edit-lock" role="status">
        The other tab closed this draft: you can edit it here now.
      </p>
    );
  }
  return null;
}
