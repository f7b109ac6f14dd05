import type { RevisionMeta, RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { reasonLabel } from './describe-history';
import { RestoreDiffView } from './restore-diff-view';
import { RevisionNameField } from './revision-name-field';

interface RevisionDetailProps {
  store: EditorStore;
  revisions: Pick<RevisionStore, 'getRevision' | 'nameRevision'>;
  meta: RevisionMeta;
  when: string;
  readOnly: boolean;
  onNamed: () => void;
  onRestore: () => void;
}

/** The chosen version: its name, what restoring it changes in the exported file, and Restore. */
export function RevisionDetail(props: RevisionDetailProps) {
  const { store, revisions, meta, when, readOnly, onNamed, onRestore } = props;
  return (
    <section className="history-detail" aria-label={`The version of ${when}`}>
      <h3>
        {meta.name ? `“${meta.name}”, ` : ''}
        {reasonLabel(meta.reason)}, {when}
      </h3>
      <RevisionNameField
        key={meta.id}
        meta={meta}
        onSave={async (name) => {
          const saved = await revisions.nameRevision(meta.id, name);
          if (saved) onNamed();
          return saved;
        }}
      />
      <RestoreDiffView store={store} revisions={revisions} revisionId={meta.id} />
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={readOnly}
          aria-label={`Restore the version of ${when}`}
          onClick={onRestore}
        >
          Restore this version
        </button>
      </div>
    </section>
  );
}
