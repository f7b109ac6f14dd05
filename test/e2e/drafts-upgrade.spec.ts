import { describe, expect, it } from 'vitest';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import type { Issue } from '../../src/core/model/types.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/persistence/dexie-schema.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { appUrl, useAppSession } from './app-session.ts';
import { openMoreActions } from './more-actions.ts';

// The schema upgrade in the real IndexedDB of chromium: a database laid out as schema version 1
// wrote it (raw IndexedDB, no app code: Dexie's version 1 is IndexedDB version 10) holds a draft
// and a revision; the app opens it, upgrades it through every version to the current one, and
// shows both.

const session = useAppSession();

interface Version1Data {
  issue: Issue;
  older: Issue;
  cardCount: number;
}

/** Runs in the page; takes its data as JSON (the issue type is too deep for evaluate's types). */
function writeVersion1(json: string): Promise<void> {
  const { issue, older, cardCount } = JSON.parse(json) as Version1Data;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('broadsheet', 10);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('issues', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      db.createObjectStore('issueBodies', { keyPath: 'id' });
      const revisions = db.createObjectStore('revisions', { keyPath: 'id' });
      revisions.createIndex('issueId', 'issueId');
      revisions.createIndex('[issueId+createdAt]', ['issueId', 'createdAt']);
      db.createObjectStore('snapshots', { keyPath: 'id' });
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('templates', { keyPath: 'id' });
      db.createObjectStore('folderHandles', { keyPath: 'id' });
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['issues', 'issueBodies', 'revisions', 'snapshots'], 'readwrite');
      tx.objectStore('issues').put({
        id: issue.id,
        rev: 5,
        title: 'EKS News 078',
        slug: '078',
        date: '2024-05-03T07:00:00Z',
        cardCount,
        updatedAt: issue.updatedAt,
      });
      tx.objectStore('issueBodies').put({ id: issue.id, issue });
      tx.objectStore('revisions').put({
        id: 'rev-v1',
        issueId: issue.id,
        createdAt: issue.updatedAt - 60_000,
        reason: 'periodic',
        title: 'EKS News 078',
        cardCount: cardCount - 1,
      });
      tx.objectStore('snapshots').put({ id: 'rev-v1', snapshot: older });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('a database written by schema version 1', () => {
  it('opens upgraded in chromium, with its draft and its revision', async () => {
    const issue = importIssue(readCorpus('078.md'), { id: 'v1-078', now: 1_700_000_000_000 });
    const cards = issue.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'card');
    const [first, ...rest] = issue.sections;
    const older = { ...issue, sections: [{ ...first!, blocks: first!.blocks.slice(1) }, ...rest] };

    // The reviewer's page opens no storage, so the database is still ours to lay out.
    const { page } = await session.openApp('/preview');
    await page.evaluate(writeVersion1, JSON.stringify({ issue, older, cardCount: cards.length }));

    await page.goto(appUrl('/'), { waitUntil: 'load' });
    const row = page.getByRole('row', { name: /EKS News 078/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(3).textContent()).toBe(String(cards.length));
    await row.getByRole('link', { name: 'EKS News 078' }).click();
    // The first card is rendered (cards far below the screen are placeholders until scrolled to).
    const firstCard = cards[0]?.kind === 'card' ? cards[0].title : '';
    const firstTitle = page.getByRole('textbox', { name: 'Card title' }).first();
    await expect.poll(() => firstTitle.inputValue()).toBe(firstCard);
    // Every upgrade ran: the database is at the current version (Dexie's version times ten).
    const stored = await page.evaluate(() => indexedDB.databases());
    const version = stored.find((database) => database.name === 'broadsheet')?.version;
    expect(version).toBe(CURRENT_SCHEMA_VERSION * 10);

    await openMoreActions(page);
    await page.getByRole('button', { name: 'History' }).click();
    // Opening takes no version (the first change does): the one kept is version 1's.
    const versions = page.getByRole('list', { name: 'Kept versions' }).getByRole('listitem');
    await versions.first().waitFor();
    expect(await versions.count()).toBe(1);
    const kept = versions.first();
    expect(await kept.getAttribute('aria-label')).toMatch(/^While editing, /);
    expect(await kept.textContent()).toContain(`${cards.length - 1} cards`);
    // Its snapshot was carried through every upgrade: restoring it takes the first card out.
    await kept.getByRole('button', { name: /Show/ }).click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    await dialog.getByText(/^Restoring it removes \d+ lines/).waitFor();
    expect(await dialog.textContent()).toContain(`Removed: * [${firstCard}](`);
  });
});
