// What this repository last wrote of each issue, part by part, as JSON text: with it a put writes
// only the parts whose content changed. It is trusted only while the stored row still carries the
// revision and the one-off stamp it was written with; otherwise (a new session, another tab's
// write, a batch, a delete and re-create) a put compares with the stored rows instead.
// Parts are compared by content, never by object identity, so a caller that changes an object in
// place and puts it again is still written correctly.

import type { IssuePart } from './issue-parts';

interface Known {
  rev: number;
  stamp: string;
  json: Map<string, string>;
}

export interface PartChanges {
  /** Parts new or changed since the known revision. */
  write: IssuePart[];
  /** Keys stored at the known revision that the issue no longer has. */
  remove: string[];
}

export class PartCache {
  private readonly known = new Map<string, Known>();

  /** @param limit how many issues to remember (the open editors' issues; others are rare). */
  constructor(private readonly limit = 8) {}

  /** Each part's JSON text, to compare now and to remember once written. */
  static encode(parts: readonly IssuePart[]): Map<string, string> {
    return new Map(parts.map((part) => [part.key, JSON.stringify(part.block)]));
  }

  /**
   * The changes against what is stored (at `storedRev`, written with `storedStamp`), or undefined
   * when this cache did not write that: then every part must be written.
   */
  changes(
    issueId: string,
    storedRev: number,
    storedStamp: string | undefined,
    parts: readonly IssuePart[],
    json: ReadonlyMap<string, string>,
  ): PartChanges | undefined {
    const known = this.known.get(issueId);
    if (known === undefined || known.rev !== storedRev || known.stamp !== storedStamp)
      return undefined;
    const write = parts.filter((part) => known.json.get(part.key) !== json.get(part.key));
    const remove = [...known.json.keys()].filter((key) => !json.has(key));
    return { write, remove };
  }

  /** Records what is stored at `rev` with `stamp` (call only once the write has committed). */
  remember(issueId: string, rev: number, stamp: string, json: Map<string, string>): void {
    this.known.delete(issueId);
    this.known.set(issueId, { rev, stamp, json });
    if (this.known.size > this.limit) this.known.delete(this.known.keys().next().value!);
  }

  forget(issueId: string): void {
    this.known.delete(issueId);
  }
}
