import * as Y from 'yjs';
import type { LiveReviewNote } from '../../core/collab/live-review-note';
import { readIssueFromDoc } from '../../core/collab/read-issue-from-doc';
import { readLiveNotes } from '../../core/collab/read-live-notes';
import { writeLiveNote } from '../../core/collab/write-live-note';
import type { ReviewIssue } from '../review/review-issue';
import { reviewIssueOf } from '../review/review-issue-of';
import { connectWorkspaceDoc, type WorkspaceConnection } from '../workspace/workspace-connection';

export type LiveIssueView =
  | { status: 'connecting' }
  | { status: 'refused' }
  | { status: 'missing' }
  | { status: 'unreadable' }
  | { status: 'ready'; issue: ReviewIssue };

export interface LiveReviewSnapshot {
  issue: LiveIssueView;
  /** False while the connection is down: the issue shows as it last came. */
  online: boolean;
  /** The notes by card key; undefined until the server has sent the notes document. */
  notes: Readonly<Record<string, LiveReviewNote>> | undefined;
  /** Notes written here that the server has not acknowledged yet. */
  unsent: number;
}

export interface LiveReviewSession {
  snapshot(): LiveReviewSnapshot;
  subscribe(listener: () => void): () => void;
  /** Writes this reviewer's note and "fine" mark on a card (an empty, unmarked one removes it). */
  writeNote(note: Omit<LiveReviewNote, 'at'>): void;
  /** Tells the editors in the issue who is reviewing it ('': "A reviewer"). */
  setName(name: string): void;
  destroy(): void;
}

export interface LiveReviewAddressParts {
  server: string;
  token: string;
  issueName: string;
  notesName: string;
}

/** When a burst of the issue's updates is read again: soon after it arrives. */
export type Later = (run: () => void) => void;

const REVIEWER = 'A reviewer';

const soon: Later = (run) => void setTimeout(run, 0);

/**
 * A workspace issue open on the reviewer's page: the issue's document, which the server sends
 * and never takes from this reviewer token, read again after each burst of updates; and the
 * issue's notes document, where this page writes the reviewer's notes and "fine" marks.
 */
export function startLiveReviewSession(
  address: LiveReviewAddressParts,
  later: Later = soon,
): LiveReviewSession {
  const issueDoc = new Y.Doc();
  const notesDoc = new Y.Doc();
  const connect = (name: string, doc: Y.Doc) =>
    connectWorkspaceDoc(address.server, name, address.token, doc);
  const issueLink = connect(address.issueName, issueDoc);
  const notesLink = connect(address.notesName, notesDoc);
  const listeners = new Set<() => void>();
  let issue: LiveIssueView = { status: 'connecting' };
  let notes: LiveReviewSnapshot['notes'];
  let current = snapshotOf(issue, issueLink, notes, notesLink);
  const notify = () => {
    current = snapshotOf(issue, issueLink, notes, notesLink);
    listeners.forEach((listener) => listener());
  };
  let pending = false;
  const readIssue = () => {
    pending = false;
    issue = issueView(issueDoc, issueLink);
    notify();
  };
  const issueChanged = () => {
    if (pending) return;
    pending = true;
    later(readIssue);
  };
  const readNotes = () => {
    if (!notesLink.provider.isSynced && notes === undefined) return;
    notes = Object.fromEntries(readLiveNotes(notesDoc).map((note) => [note.key, note]));
    notify();
  };
  // The editors list the reviewer among the people in the issue, on no card.
  const presentAs = (name: string) =>
    issueLink.provider.setAwarenessField('user', { name: name || REVIEWER, card: null });
  presentAs('');
  issueDoc.on('update', issueChanged);
  issueLink.provider.on('synced', issueChanged);
  const stopIssue = issueLink.onChange(issueChanged);
  notesDoc.on('update', readNotes);
  notesLink.provider.on('synced', readNotes);
  const stopNotes = notesLink.onChange(notify);
  return {
    snapshot: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    writeNote: (note) => writeLiveNote(notesDoc, note, Date.now()),
    setName: presentAs,
    destroy: () => {
      listeners.clear();
      stopIssue();
      stopNotes();
      issueLink.close();
      notesLink.close();
      issueDoc.destroy();
      notesDoc.destroy();
    },
  };
}

function issueView(doc: Y.Doc, link: WorkspaceConnection): LiveIssueView {
  if (link.state() === 'refused') return { status: 'refused' };
  try {
    const issue = readIssueFromDoc(doc);
    if (issue) return { status: 'ready', issue: reviewIssueOf(issue) };
  } catch {
    return { status: 'unreadable' };
  }
  return link.provider.isSynced ? { status: 'missing' } : { status: 'connecting' };
}

function snapshotOf(
  issue: LiveIssueView,
  issueLink: WorkspaceConnection,
  notes: LiveReviewSnapshot['notes'],
  notesLink: WorkspaceConnection,
): LiveReviewSnapshot {
  const state = issueLink.state();
  return {
    issue,
    online: state === 'read-only' || state === 'connected',
    notes,
    unsent: notesLink.unsent(),
  };
}
