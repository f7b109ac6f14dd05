import { useId, useState, type FormEvent } from 'react';
import { checkWorkspaceSettings, type WorkspaceSettings } from './workspace-settings';

interface WorkspaceSettingsFormProps {
  initial: WorkspaceSettings | undefined;
  onSave: (settings: WorkspaceSettings) => void;
  onCancel: () => void;
}

const FIELDS: { key: keyof WorkspaceSettings; label: string; type: string; hint: string }[] = [
  { key: 'server', label: 'Server address', type: 'url', hint: 'wss://… or ws://…' },
  { key: 'workspace', label: 'Workspace name', type: 'text', hint: 'lower-case, such as eks-news' },
  { key: 'token', label: 'Token', type: 'password', hint: 'from whoever runs the server' },
  { key: 'name', label: 'Your name', type: 'text', hint: 'shown to the others in an issue' },
  {
    key: 'reviewToken',
    label: 'Reviewer token (optional)',
    type: 'password',
    hint: 'for the reviewer links you send',
  },
];

/** The workspace settings: checked as a whole on Save, each problem beside its field. */
export function WorkspaceSettingsForm({ initial, onSave, onCancel }: WorkspaceSettingsFormProps) {
  const id = useId();
  const [values, setValues] = useState<WorkspaceSettings>(
    initial ?? { server: '', workspace: '', token: '', name: '' },
  );
  const [problems, setProblems] = useState<Partial<Record<keyof WorkspaceSettings, string>>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWorkspaceSettings(values);
    if ('problems' in checked) setProblems(checked.problems);
    else onSave(checked.settings);
  };
  return (
    <form className="workspace-form" aria-label="Workspace settings" onSubmit={submit} noValidate>
      {FIELDS.map(({ key, label, type, hint }) => (
        <p key={key} className="workspace-field">
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            type={type}
            value={values[key] ?? ''}
            placeholder={hint}
            autoComplete={type === 'password' ? 'off' : undefined}
            aria-invalid={problems[key] ? true : undefined}
            aria-describedby={problems[key] ? `${id}-${key}-problem` : undefined}
            onChange={(event) => setValues({ ...values, [key]: event.target.value })}
          />
          {problems[key] && (
            <span id={`${id}-${key}-problem`} className="workspace-problem">
              {problems[key]}
            </span>
          )}
        </p>
      ))}
      <div className="toolbar">
        <button type="submit" className="button button-primary">
          Save workspace
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
