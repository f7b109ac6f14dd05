// Which stored issue an archive file becomes. Re-importing must update, never duplicate: a file
// with a slug matches the archived issue of that slug (whatever its id, so an issue archived
// earlier by other means is updated too), else it gets the id `archive-<slug>`; a file without a
// slug is matched by its file name, through the id `archive-file-<name>`.

import type { IssueSummary } from '../../persistence/issue-repository';

export class ArchiveIdentity {
  private readonly archivedBySlug = new Map<string, string>();
  private readonly storedIds = new Set<string>();
  private readonly claimed = new Map<string, string>();

  constructor(summaries: readonly IssueSummary[]) {
    for (const summary of summaries) {
      this.storedIds.add(summary.id);
      if (summary.archived && summary.slug !== '') {
        this.archivedBySlug.set(summary.slug, summary.id);
      }
    }
  }

  /** The id for a file's issue; throws a message when another file of this import took it. */
  claim(fileName: string, slug: string): { id: string; existed: boolean } {
    const id =
      slug === ''
        ? `archive-file-${fileName}`
        : (this.archivedBySlug.get(slug) ?? `archive-${slug}`);
    const holder = this.claimed.get(id);
    if (holder !== undefined) {
      throw new Error(
        slug === '' ? `same file name as ${holder}` : `same slug (${slug}) as ${holder}`,
      );
    }
    this.claimed.set(id, fileName);
    return { id, existed: this.storedIds.has(id) };
  }
}
