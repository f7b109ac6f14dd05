// Every schema version of the Broadsheet database, oldest first, each with the upgrade that
// brings rows written by the one before up to date. Versions are never edited or removed once
// released: a browser may still hold a database written by any of them.

import type { Dexie, Transaction } from 'dexie';
import type {
  IssueBlockRow,
  IssueBodyRow,
  IssueHeadRow,
  IssueLinkPartRow,
  IssueLinkRow,
  IssueRow,
  IssueRowV1,
  LinkRow,
  WholeIssueRow,
} from './dexie-records';
import type { Issue, IssueStatus } from '../core/model/types';
import { statusFromDraft } from '../core/status/status-from-draft';
import { joinIssue, splitIssue, type IssueHead } from './issue-parts';
import { issueLinkRowOf, linkRowOf } from './link-rows';
import { issueLinkPartsOf } from './issue-link-parts-of';
import { CURRENT_SCHEMA_VERSION } from './database-name';

/**
 * Version 1: issue rows (counter and summary) beside their bodies, revision metas beside their
 * snapshots, settings, templates and saved folder handles.
 */
export const SCHEMA_V1 = {
  issues: 'id, updatedAt',
  issueBodies: 'id',
  revisions: 'id, issueId, [issueId+createdAt]',
  snapshots: 'id',
  settings: 'key',
  templates: 'id',
  folderHandles: 'id',
};

/** Version 2: status and the archived flag become indexed columns of the issue rows. */
export const SCHEMA_V2 = {
  issues: 'id, updatedAt, status, archived',
};

/** Fills the version 2 columns: status from the stored body, archived off. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const bodies = await tx.table<IssueBodyRow, string>('issueBodies').toArray();
  const statusById = new Map(bodies.map((body) => [body.id, body.issue.status]));
  await tx
    .table<IssueRowV1 & Partial<IssueRow>, string>('issues')
    .toCollection()
    .modify((row) => {
      row.status = statusById.get(row.id) ?? 'draft';
      row.archived = 0;
    });
}

/**
 * Version 3: the inbox, candidates waiting to be triaged, ordered by `seq`. A new table, so
 * nothing earlier needs upgrading.
 */
export const SCHEMA_V3 = {
  inbox: 'id, seq',
};

/**
 * Version 4: each issue body is split into a head and one row per block, so an autosave writes
 * only what changed (issue-parts.ts); the body table goes once its rows are moved.
 */
export const SCHEMA_V4 = {
  issueHeads: 'id',
  issueBlocks: '[issueId+key], issueId',
  issueBodies: null,
};

/** Splits one stored body; a body too damaged to split is kept whole, for the reader to report. */
function splitBody(body: IssueBodyRow): [IssueHeadRow, IssueBlockRow[]] {
  try {
    const { head, parts } = splitIssue(body.issue);
    const blocks = parts.map(({ key, block }) => ({ issueId: body.id, key, block }));
    return [{ id: body.id, head }, blocks];
  } catch {
    return [{ id: body.id, head: body.issue as unknown as IssueHead }, []];
  }
}

/** Moves every body into its head and block rows. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const bodies = await tx.table<IssueBodyRow, string>('issueBodies').toArray();
  const split = bodies.map(splitBody);
  await tx.table<IssueHeadRow, string>('issueHeads').bulkAdd(split.map(([head]) => head));
  await tx
    .table<IssueBlockRow, [string, string]>('issueBlocks')
    .bulkAdd(split.flatMap(([, blocks]) => blocks));
}

/**
 * Version 5: the link index, one row per block with the block's normalized links in a
 * multi-entry index (link-rows.ts), so "already featured" asks the index instead of reading
 * every stored issue.
 */
export const SCHEMA_V5 = {
  links: '[issueId+key], issueId, *urls',
};

/** Fills the link index from every stored block; a block too damaged to read has no links. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const blocks = await tx.table<IssueBlockRow, [string, string]>('issueBlocks').toArray();
  const rows = blocks.flatMap(({ issueId, key, block }) => {
    try {
      return [linkRowOf(issueId, key, block)];
    } catch {
      return [];
    }
  });
  await tx.table<LinkRow, [string, string]>('links').bulkAdd(rows);
}

/**
 * Version 6: a stored draft's status is read from its front matter's `draft` key, as an import
 * now reads it (core/status/status-from-draft.ts). Until then every import said draft and no
 * control set the status, so a draft still at draft whose file says `draft = false` becomes
 * published, in its head and its row's status column. No table or index changes.
 */
export const SCHEMA_V6 = {};

/** The status a stored head's draft key gives it, if it differs; a damaged head keeps its own. */
function derivedStatus(head: IssueHead): IssueStatus | undefined {
  if (head.status !== 'draft') return undefined;
  try {
    const status = statusFromDraft(head.frontMatter);
    return status === head.status ? undefined : status;
  } catch {
    return undefined;
  }
}

/** Moves each draft whose draft key says otherwise to the status the key gives. */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const moved = new Map<string, IssueStatus>();
  await tx
    .table<IssueHeadRow, string>('issueHeads')
    .toCollection()
    .modify((row) => {
      const status = derivedStatus(row.head);
      if (status === undefined) return;
      row.head.status = status;
      moved.set(row.id, status);
    });
  await tx
    .table<IssueRow, string>('issues')
    .where('id')
    .anyOf([...moved.keys()])
    .modify((row) => {
      row.status = moved.get(row.id) ?? row.status;
    });
}

/**
 * Version 7: an archived issue is stored whole, in one row, and its links in one link row for
 * the issue (dexie-whole-issues.ts): an archive of 500 issues was 25,000 block rows and as many
 * link rows, and importing it spent most of its time writing them. Issues being edited keep
 * their head and block rows, so an autosave still writes only what changed.
 */
export const SCHEMA_V7 = {
  wholeIssues: 'id',
  issueLinks: 'issueId, *urls',
};

/** The issue a head and its block rows make, and its link row; undefined if too damaged. */
function wholeOf(
  row: IssueRow | undefined,
  head: IssueHeadRow | undefined,
  blocks: readonly IssueBlockRow[],
): [WholeIssueRow, IssueLinkRow] | undefined {
  if (row === undefined || head === undefined) return undefined;
  try {
    const byKey = new Map<string, unknown>(blocks.map((block) => [block.key, block.block]));
    const issue = joinIssue(head.head, byKey) as Issue;
    return [{ id: head.id, issue }, issueLinkRowOf(issue, row.slug)];
  } catch {
    return undefined;
  }
}

/** Stores the archived issues among `ids` whole, in place of their head, block and link rows. */
async function storeWhole(tx: Transaction, ids: readonly string[]): Promise<void> {
  const rows = await tx.table<IssueRow, string>('issues').bulkGet([...ids]);
  const heads = await tx.table<IssueHeadRow, string>('issueHeads').bulkGet([...ids]);
  const blocks = await tx
    .table<IssueBlockRow, [string, string]>('issueBlocks')
    .where('issueId')
    .anyOf([...ids])
    .toArray();
  const blocksOf = new Map<string, IssueBlockRow[]>();
  for (const row of blocks) blocksOf.set(row.issueId, [...(blocksOf.get(row.issueId) ?? []), row]);
  const converted = heads.flatMap((head, i) => {
    const whole = wholeOf(rows[i], head, blocksOf.get(head?.id ?? '') ?? []);
    return whole === undefined ? [] : [whole];
  });
  const moved = converted.map(([row]) => row.id);
  await tx.table<WholeIssueRow, string>('wholeIssues').bulkAdd(converted.map(([row]) => row));
  await tx.table<IssueLinkRow, string>('issueLinks').bulkAdd(converted.map(([, links]) => links));
  await tx.table<IssueHeadRow, string>('issueHeads').bulkDelete(moved);
  await tx.table('issueBlocks').where('issueId').anyOf(moved).delete();
  await tx.table('links').where('issueId').anyOf(moved).delete();
  await tx
    .table<IssueRow, string>('issues')
    .where('id')
    .anyOf(moved)
    .modify((row) => {
      row.whole = 1;
      delete row.stamp;
    });
}

/** Stores every archived issue whole, a few dozen at a time; a damaged one stays in parts. */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  const ids = await tx.table<IssueRow, string>('issues').where('archived').equals(1).primaryKeys();
  for (let start = 0; start < ids.length; start += 50) {
    await storeWhole(tx, ids.slice(start, start + 50));
  }
}

/**
 * Version 8: the offline copies of workspace issues (workspace-store.ts): which draft is which
 * workspace issue, and its document's Yjs updates in the order stored. New tables, so nothing
 * earlier needs upgrading.
 */
export const SCHEMA_V8 = {
  workspaceLinks: 'issueId, [workspace+slug]',
  workspaceUpdates: '++seq, issueId',
};

/**
 * Version 9: the links of an issue stored whole go a few URLs to a row (issue-link-parts-of.ts),
 * in place of one link row for the issue, so a pasted URL's lookup reads its own links and a few
 * others rather than every link of each issue that featured it.
 */
export const SCHEMA_V9 = {
  issueLinkParts: '[issueId+part], *urls',
  issueLinks: null,
};

/**
 * The part rows of a link row, with its issue's template id (a row written before rows held it
 * has none); none for a row too damaged to cut, whose issue's links are then not found.
 */
function partsWithTemplateId(row: IssueLinkRow, whole: WholeIssueRow | undefined) {
  try {
    const templateId = row.templateId ?? whole?.issue.templateId;
    return issueLinkPartsOf(typeof templateId === 'string' ? { ...row, templateId } : row);
  } catch {
    return [];
  }
}

/** Cuts every issue's link row into part rows, 50 issues at a time. */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  const table = tx.table<IssueLinkRow, string>('issueLinks');
  const ids = await table.toCollection().primaryKeys();
  for (let start = 0; start < ids.length; start += 50) {
    const slice = ids.slice(start, start + 50);
    const rows = (await table.bulkGet(slice)).filter((row) => row !== undefined);
    const unmarked = rows.filter((row) => row.templateId === undefined).map((row) => row.issueId);
    const wholes = await tx.table<WholeIssueRow, string>('wholeIssues').bulkGet(unmarked);
    const wholeOf = new Map(wholes.flatMap((whole) => (whole ? [[whole.id, whole]] : [])));
    const parts = rows.flatMap((row) => partsWithTemplateId(row, wholeOf.get(row.issueId)));
    await tx.table<IssueLinkPartRow, [string, number]>('issueLinkParts').bulkAdd(parts);
  }
}

export { CURRENT_SCHEMA_VERSION };

/**
 * The issue version (core/model/schema/issue-migrations.ts) the drafts and revision snapshots of
 * each database version are stored in. A new issue version comes with a new database version
 * whose upgrade migrates every stored issue (migrateIssue), so that reads see the current one.
 */
export const ISSUE_VERSION_OF_DATABASE: ReadonlyMap<number, number> = new Map([
  [1, 1],
  [2, 1],
  [3, 1],
  [4, 1],
  [5, 1],
  [6, 1],
  [7, 1],
  [8, 1],
  [9, 1],
]);

/** Declares every version up to `upTo` on `db`; the upgrade tests declare older ones alone. */
export function declareSchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  if (upTo >= 3) db.version(3).stores(SCHEMA_V3);
  if (upTo >= 4) db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  if (upTo >= 5) db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  if (upTo >= 6) db.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  if (upTo >= 7) db.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
  if (upTo >= 8) db.version(8).stores(SCHEMA_V8);
  if (upTo >= 9) db.version(9).stores(SCHEMA_V9).upgrade(upgradeToV9);
}
