// The shapes of the rows in IndexedDB, including those of past versions that upgrades read. An
// issue is a small row with the counter and the summary the library lists (so a list never loads
// whole issues), its head (the model without its blocks) and one row per block (since version 4;
// before, one body row held the whole model). Since version 7 an issue written archived (an
// archive import) is stored whole instead, in one row, with one link row for the whole issue.
// Revisions are split into their meta and snapshot.

import type { LinkOccurrence } from '../core/links/link-index';
import type { Block, Issue, IssueStatus } from '../core/model/types';
import type { RevisionMeta } from './issue-repository';
import type { IssueHead } from './issue-parts';

/** An issue row as version 1 wrote it. */
export interface IssueRowV1 {
  id: string;
  rev: number;
  title: string;
  slug: string;
  date: string;
  cardCount: number;
  updatedAt: number;
}

/**
 * An issue row since version 2: status and the archived flag are columns (archived as 0 or 1,
 * since IndexedDB cannot index booleans).
 */
export interface IssueRow extends IssueRowV1 {
  status: IssueStatus;
  archived: 0 | 1;
  /**
   * Since version 4: a token each put writes afresh, so a repository can tell that the parts it
   * wrote are still the stored ones (see part-cache.ts). Absent after a batch write.
   */
  stamp?: string;
  /**
   * Since version 7: 1 when the issue is stored whole (a WholeIssueRow and an IssueLinkRow)
   * instead of as a head and block rows; absent otherwise.
   */
  whole?: 1;
}

/** The whole issue in one row, as versions 1 to 3 stored it (read by the version 4 upgrade). */
export interface IssueBodyRow {
  id: string;
  issue: Issue;
}

/** Since version 4: the issue without its blocks (see issue-parts.ts). */
export interface IssueHeadRow {
  id: string;
  head: IssueHead;
}

/** Since version 4: one block of an issue, keyed by [issueId+key]. */
export interface IssueBlockRow {
  issueId: string;
  key: string;
  block: Block;
}

/**
 * A link as a link row keeps it: the issue's id, slug and template id are the row's, or those of
 * the issue's summary row and head.
 */
export type BlockLink = Omit<LinkOccurrence, 'issueId' | 'slug' | 'templateId'>;

/**
 * Since version 5: the links of one block (a card's URL and the links in its bullets, or those
 * of a prose block), keyed like the block, so the featured check finds a link through the
 * multi-entry `urls` index instead of reading every issue.
 */
export interface LinkRow {
  issueId: string;
  key: string;
  /** The block's links normalized (normalizeUrl), each once. */
  urls: string[];
  links: BlockLink[];
}

/**
 * Since version 7: an issue stored whole, as an archive import writes it: one row instead of a
 * head and a row per block, since nobody edits it block by block. Its first edit stores it in
 * parts again.
 */
export interface WholeIssueRow {
  id: string;
  issue: Issue;
}

/**
 * Versions 7 and 8: the links of an issue stored whole, all in one row keyed by the issue, with
 * their normalized URLs in a multi-entry index as a block's link row has them, and the links
 * grouped by those URLs, so a lookup finds a URL's links without normalizing every link again.
 */
export interface IssueLinkRow {
  issueId: string;
  /** The issue's slug as its summary row has it, so a lookup needs no other row. */
  slug: string;
  /**
   * The issue's template id (Issue.templateId), so a lookup within one newsletter needs no other
   * row. Written since link rows carry it (no index, so no schema version): a row written before,
   * or for an issue without one, has none, and a lookup reads the stored issue's.
   */
  templateId?: string;
  /** The issue's links normalized (normalizeUrl), each once, in document order. */
  urls: string[];
  /** The links of each of `urls`: `links[i]` are those of `urls[i]`, in document order. */
  links: BlockLink[][];
}

/**
 * Since version 9: the links of an issue stored whole, a few URLs to a row (`part` counts from 0
 * in document order), in place of its one IssueLinkRow: a lookup reads the rows holding the URL,
 * and a URL featured in 18 issues read 18 rows of every link of each. Each row carries the
 * issue's slug and template id (none when the issue has none), so a lookup needs no other row.
 */
export interface IssueLinkPartRow extends IssueLinkRow {
  part: number;
}

export type RevisionRow = RevisionMeta;

export interface SnapshotRow {
  id: string;
  snapshot: Issue;
}

export interface SettingRow {
  key: string;
  value: unknown;
}
