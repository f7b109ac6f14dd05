// `/workspace/:slug`: an issue of the team workspace, opened by its slug. The draft that holds it
// in this browser opens in the editor; the first time, it is copied from the server, which must
// answer and let the token in. A refused token shows nothing of the issue, only why.

import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useRepository } from '../../components/repository-context';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';
import { openWorkspaceIssue } from './open-workspace-issue';
import { readWorkspaceSettings } from './workspace-settings';

export function WorkspaceJoinPage() {
  const { slug = '' } = useParams();
  const repository = useRepository();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let live = true;
    const open = async () => {
      const settings = await readWorkspaceSettings(repository);
      if (!settings)
        throw new Error(
          'This browser is not set up for a workspace: set one up in the library first.',
        );
      return openWorkspaceIssue(slug, settings, repository, workspaceStoreFor(repository));
    };
    open().then(
      (id) => live && void navigate(`/issues/${encodeURIComponent(id)}`, { replace: true }),
      (error: unknown) =>
        live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [slug, repository, navigate]);
  if (!problem) {
    return (
      <main className="page">
        <p role="status">Opening “{slug}” from the workspace…</p>
      </main>
    );
  }
  return (
    <main className="page page-error">
      <h1>The workspace issue could not be opened</h1>
      <p role="alert">{problem}</p>
      <p>
        <Link to="/">Back to the library</Link>
      </p>
    </main>
  );
}
