// The version 5 to 6 upgrade: a stored draft's status is read from its `draft` key. A database
// written by version 5, when every import stored the status draft, is opened by the current
// code: 056 (`draft = false`) is published, in the issue and in the list; a draft whose key says
// draft, one without the key and a status set otherwise stay as they were.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../core/markdown/import-issue';
import type { Issue } from '../core/model/types';
import { readCorpus } from '../../test/helpers/corpus';
import { readFlux } from '../../test/helpers/flux-corpus';
import { toIssueRow } from './dexie-issue-rows';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './dexie-schema';
import { DexieIssueRepository } from './dexie-issue-repository';
import { splitIssue } from './issue-parts';

const NAME = 'broadsheet-upgrade-v6';

/** An issue as a version 5 import stored it: status draft, whatever its file said. */
const asStored = (id: string, text: string, status: Issue['status'] = 'draft'): Issue => ({
  ...importIssue(text, { id, now: 1_000 }),
  status,
});

const published = asStored('i-056', readCorpus('056.md'));
const keyTrue = asStored('i-057', readCorpus('057.md').replace('draft = false', 'draft = true'));
const noKey = asStored('i-flux', readFlux('2023-07-17-june-update.md'));
const inReview = asStored('i-058', readCorpus('058.md'), 'in review');

async function writeVersion5(indexedDB: IDBFactory, issues: Issue[]): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  declareSchema(db, 5);
  for (const issue of issues) {
    const { head, parts } = splitIssue(issue);
    await db.table('issues').add(toIssueRow(issue, 2, false));
    await db.table('issueHeads').add({ id: issue.id, head });
    await db
      .table('issueBlocks')
      .bulkAdd(parts.map(({ key, block }) => ({ issueId: issue.id, key, block })));
  }
  expect(db.verno).toBe(5);
  db.close();
}

describe('schema upgrade to version 6', () => {
  it('reads the status of each stored draft from its draft key', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion5(indexedDB, [published, keyTrue, noKey, inReview]);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      const status = async (issue: Issue) => (await repo.get(issue.id))?.issue.status;
      expect(await status(published)).toBe('published');
      expect(await status(keyTrue)).toBe('draft');
      expect(await status(noKey)).toBe('draft');
      expect(await status(inReview)).toBe('in review');
      const listed = new Map((await repo.listSummaries()).map((s) => [s.id, s.status]));
      expect(Object.fromEntries(listed)).toEqual({
        'i-056': 'published',
        'i-057': 'draft',
        'i-flux': 'draft',
        'i-058': 'in review',
      });
      expect(await repo.get(published.id)).toEqual({
        issue: { ...published, status: 'published' },
        rev: 2,
        archived: false,
      });
      expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    } finally {
      repo.close();
    }
  });

  it('keeps a head too damaged to read as it was, and still opens', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion5(indexedDB, [published]);
    const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
    declareSchema(db, 5);
    await db.table('issueHeads').put({ id: 'broken', head: { status: 'draft' } });
    db.close();
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      expect((await repo.get(published.id))?.issue.status).toBe('published');
      expect(await repo.db.table('issueHeads').get('broken')).toEqual({
        id: 'broken',
        head: { status: 'draft' },
      });
    } finally {
      repo.close();
    }
  });
});
