import type { WorkspaceConnection } from './workspace-connection';

/** Why a workspace issue could not be fetched or sent: said as the user reads it. */
export class WorkspaceError extends Error {}

export const REFUSED_MESSAGE =
  'The workspace server refused the token: nothing was sent or received. Check the token in the library’s workspace settings.';

/**
 * Resolves once the connection holds the server's copy of the document; rejects with a
 * WorkspaceError when the server refuses the token or does not answer within `timeoutMs`.
 */
export function firstSync(connection: WorkspaceConnection, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const { provider } = connection;
    if (provider.isSynced) return resolve();
    const done = (error?: WorkspaceError) => {
      clearTimeout(timer);
      stop();
      provider.off('synced', synced);
      if (error) reject(error);
      else resolve();
    };
    const synced = () => done();
    const timer = setTimeout(
      () =>
        done(
          new WorkspaceError(
            'The workspace server did not answer: check its address, and that you are online.',
          ),
        ),
      timeoutMs,
    );
    provider.on('synced', synced);
    const stop = connection.onChange(() => {
      if (connection.state() === 'refused') done(new WorkspaceError(REFUSED_MESSAGE));
    });
  });
}

/** Resolves once the server has acknowledged every change sent so far (or after `timeoutMs`). */
export function allSent(connection: WorkspaceConnection, timeoutMs = 10_000): Promise<boolean> {
  return new Promise((resolve) => {
    if (connection.unsent() === 0) return resolve(true);
    const timer = setTimeout(() => finish(false), timeoutMs);
    const stop = connection.onChange(() => {
      if (connection.unsent() === 0) finish(true);
    });
    function finish(sent: boolean) {
      clearTimeout(timer);
      stop();
      resolve(sent);
    }
  });
}
