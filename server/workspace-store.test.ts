import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openWorkspaceStore, type WorkspaceStore } from './workspace-store';

const folders: string[] = [];
const stores: WorkspaceStore[] = [];

function open(folder = mkdtempSync(join(tmpdir(), 'broadsheet-store-'))) {
  if (!folders.includes(folder)) folders.push(folder);
  const store = openWorkspaceStore(folder);
  stores.push(store);
  return { store, folder };
}

/** A document that records each update it makes, as the server's update event hands them over. */
function typing() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates, text: doc.getText('t') };
}

function read(store: WorkspaceStore, name: string): string {
  const doc = new Y.Doc();
  const state = store.fetch(name);
  if (state) Y.applyUpdate(doc, state);
  return doc.getText('t').toString();
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the workspace store', () => {
  it('holds nothing for a document never written', () => {
    expect(open().store.fetch('eks/056')).toBeNull();
  });

  it('gives back every appended update after a reopen, without a fold', () => {
    const { store, folder } = open();
    const { text, updates } = typing();
    text.insert(0, 'Amazon EKS');
    text.insert(10, ' 1.27');
    for (const update of updates) store.append('eks/056', update);
    store.close();
    expect(read(open(folder).store, 'eks/056')).toBe('Amazon EKS 1.27');
  });

  it('folds the log into the state, and keeps an update the state does not hold', () => {
    const { store } = open();
    const here = typing();
    here.text.insert(0, 'held here');
    for (const update of here.updates) store.append('eks/056', update);
    // Another server sharing the file logs an edit this one has not received yet.
    const elsewhere = typing();
    Y.applyUpdate(elsewhere.doc, Y.encodeStateAsUpdate(here.doc));
    elsewhere.updates.length = 0;
    elsewhere.text.insert(0, 'from elsewhere, ');
    for (const update of elsewhere.updates) store.append('eks/056', update);
    store.fold('eks/056', Y.encodeStateAsUpdate(here.doc), Y.snapshot(here.doc));
    expect(read(store, 'eks/056')).toBe('from elsewhere, held here');
  });

  it('keeps documents apart', () => {
    const { store } = open();
    const a = typing();
    a.text.insert(0, 'issue 056');
    for (const update of a.updates) store.append('eks/056', update);
    expect(store.fetch('eks/057')).toBeNull();
    expect(read(store, 'eks/056')).toBe('issue 056');
  });

  it('names the documents under a prefix, folded or only logged, each once, sorted', () => {
    const { store } = open();
    const { doc, updates, text } = typing();
    text.insert(0, 'x');
    store.append('team/b', updates[0] as Uint8Array);
    store.fold('team/a', Y.encodeStateAsUpdate(doc), Y.snapshot(doc));
    store.append('team/a', updates[0] as Uint8Array);
    store.append('team-2/c', updates[0] as Uint8Array);
    store.append('team/a/notes', updates[0] as Uint8Array);
    expect(store.names('team/')).toEqual(['team/a', 'team/a/notes', 'team/b']);
    expect(store.names('other/')).toEqual([]);
  });
});
