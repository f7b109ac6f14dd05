// The library's team workspace: the settings (server, workspace, token, name), and opening an
// issue of the workspace by its slug. Drafts become workspace issues only by "Move to
// workspace" in the editor; nothing here touches them.

import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useRepository } from '../../components/repository-context';
import { useWorkspaceSettings } from './use-workspace-settings';
import { WorkspaceSettingsForm } from './workspace-settings-form';
import './workspace.css';

export function WorkspaceSection() {
  const repository = useRepository();
  const headingId = useId();
  const { settings, save, forget } = useWorkspaceSettings(repository);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (settings === undefined) return null;
  const onSave = (next: Parameters<typeof save>[0]) => {
    save(next).then(
      () => {
        setEditing(false);
        setProblem(undefined);
      },
      (error: unknown) => setProblem(`The settings could not be stored: ${String(error)}`),
    );
  };
  return (
    <section className="workspace-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Team workspace</h2>
      {editing ? (
        <WorkspaceSettingsForm
          initial={settings ?? undefined}
          onSave={onSave}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p>
            {settings
              ? `Workspace “${settings.workspace}” on ${settings.server}, as ${settings.name}.`
              : 'Write issues together with your team through a workspace server. Drafts stay in this browser until you move one to the workspace.'}
          </p>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {settings ? 'Workspace settings' : 'Set up a workspace'}
            </button>
            {settings && (
              <button type="button" className="button" onClick={() => void forget()}>
                Leave the workspace
              </button>
            )}
          </div>
          {settings && <OpenWorkspaceIssue />}
        </>
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
    </section>
  );
}

/** Opens an issue of the workspace by its slug (copied here on first open). */
function OpenWorkspaceIssue() {
  const navigate = useNavigate();
  const id = useId();
  const [slug, setSlug] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = slug.trim();
    if (wanted) void navigate(`/workspace/${encodeURIComponent(wanted)}`);
  };
  return (
    <form className="toolbar" aria-label="Open a workspace issue" onSubmit={submit}>
      <label htmlFor={id}>Issue slug</label>
      <input id={id} type="text" value={slug} onChange={(event) => setSlug(event.target.value)} />
      <button type="submit" className="button">
        Open from the workspace
      </button>
    </form>
  );
}
