import type { SessionSnapshot } from './workspace-session';

/** The workspace status line: connected or offline, and whether changes are kept or refused. */
export function connectionMessage(snapshot: SessionSnapshot, workspace: string): string {
  if (snapshot.storageProblem) {
    return `This browser could not keep the last changes (${snapshot.storageProblem}): keep the tab open until the workspace has them.`;
  }
  switch (snapshot.connection) {
    case 'connected':
      return snapshot.sending
        ? `Live in workspace “${workspace}”: sending your changes…`
        : `Live in workspace “${workspace}”: every change is shared.`;
    case 'read-only':
      return `Live in workspace “${workspace}” with a reviewer’s token: you see the others’ changes, and yours are not shared.`;
    case 'connecting':
      return `Connecting to workspace “${workspace}”… Your changes are kept in this browser.`;
    case 'offline':
      return 'Offline: your changes are kept in this browser and merge with the others’ when the connection is back.';
    case 'refused':
      return 'The workspace server refused the token: nothing is shared. Your changes are kept in this browser; check the token in the library’s workspace settings.';
    case 'elsewhere':
      return `This draft is in workspace “${workspace}”, which this browser is not set up for: your changes are kept here.`;
  }
}
