// Tells a draft deleted by another tab from one lost with the browser's storage. When the site's
// data is cleared (or another connection deletes the database), the open connection is closed
// and Dexie opens the database again at the next call, creating it afresh: "populate" fires. Each
// such re-creation after the first open starts a new generation; an issue last seen stored in an
// earlier generation went with the storage, one seen in this generation was deleted.

import type { Dexie } from 'dexie';
import type { GoneReason } from './conflict-error';

export class DatabaseGenerations {
  private generation = 0;
  private opened = false;
  private readonly seenIn = new Map<string, number>();

  constructor(db: Dexie) {
    db.on('populate', () => {
      if (this.opened) this.generation += 1;
    });
    // Not sticky: fired once, at the first open (populate, if any, comes before it).
    db.on('ready', () => {
      this.opened = true;
    });
  }

  /** Notes that the issue was read or written, so it is stored in this generation. */
  seen(issueId: string): void {
    this.seenIn.set(issueId, this.generation);
  }

  /** Why an issue this connection expected to find stored is not there. */
  goneReason(issueId: string): GoneReason {
    return (this.seenIn.get(issueId) ?? 0) < this.generation ? 'storage-cleared' : 'deleted';
  }
}
