import { useId, useState } from 'react';
import type { RevisionMeta } from '../../persistence/issue-repository';
import { REVISION_NAME_MAX } from '../../persistence/revision-policy';

interface RevisionNameFieldProps {
  meta: RevisionMeta;
  /** Stores the name ('' takes it away); resolves false when the version is gone. */
  onSave: (name: string) => Promise<boolean>;
}

/** A name for a kept version: a named version is never pruned. */
export function RevisionNameField({ meta, onSave }: RevisionNameFieldProps) {
  const [name, setName] = useState(meta.name ?? '');
  const [message, setMessage] = useState('');
  const id = useId();
  const save = async () => {
    const saved = await onSave(name).catch(() => false);
    const trimmed = name.trim();
    if (!saved) setMessage('The name could not be saved.');
    else setMessage(trimmed ? `Named “${trimmed}”: it is kept for good.` : 'Name taken away.');
  };
  return (
    <form
      className="history-name"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id}>Name</label>
      <input
        id={id}
        type="text"
        value={name}
        maxLength={REVISION_NAME_MAX}
        placeholder="e.g. Sent to the reviewers"
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button-small">
        Save name
      </button>
      <span role="status" className="history-name-message">
        {message}
      </span>
    </form>
  );
}
