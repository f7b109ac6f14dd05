// The link index of the in-memory repository: each stored issue's links, by normalized URL,
// replaced when the issue is written and dropped when it is deleted, so a lookup reads only the
// issues that hold the link, as the Dexie repository's link rows do.

import { issueLinks, type LinkIndex, type LinkOccurrence } from '../core/links/link-index';
import { normalizeUrl } from '../core/links/normalize-url';
import type { Issue } from '../core/model/types';
import { lookupKeys } from './link-rows';

export class MemoryLinkIndex {
  private readonly byIssue = new Map<string, (readonly [string, LinkOccurrence])[]>();
  private readonly issuesByUrl = new Map<string, Set<string>>();

  set(issue: Issue): void {
    this.remove(issue.id);
    const links = issueLinks(issue).map((link) => [normalizeUrl(link.url), link] as const);
    this.byIssue.set(issue.id, links);
    for (const [key] of links) {
      const ids = this.issuesByUrl.get(key) ?? new Set<string>();
      ids.add(issue.id);
      this.issuesByUrl.set(key, ids);
    }
  }

  remove(issueId: string): void {
    for (const [key] of this.byIssue.get(issueId) ?? []) {
      const ids = this.issuesByUrl.get(key);
      ids?.delete(issueId);
      if (ids?.size === 0) this.issuesByUrl.delete(key);
    }
    this.byIssue.delete(issueId);
  }

  find(urls: readonly string[]): LinkIndex {
    const byUrl = new Map<string, LinkOccurrence[]>();
    for (const key of lookupKeys(urls)) {
      for (const issueId of this.issuesByUrl.get(key) ?? []) {
        for (const [linkKey, link] of this.byIssue.get(issueId) ?? []) {
          if (linkKey !== key) continue;
          const list = byUrl.get(key);
          if (list === undefined) byUrl.set(key, [structuredClone(link)]);
          else list.push(structuredClone(link));
        }
      }
    }
    return { byUrl };
  }
}
