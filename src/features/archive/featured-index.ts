// The link index over every stored issue, built from the stored-issues snapshot. Each issue's
// normalized links are computed once per stored revision (the issue object is replaced when its
// revision changes), so a change to one draft re-reads one issue's links, and every badge on a
// page shares the one index built for a snapshot.

import { issueLinks, type LinkIndex, type LinkOccurrence } from '../../core/links/link-index';
import { normalizeUrl } from '../../core/links/normalize-url';
import type { Issue } from '../../core/model/types';
import type { StoredIssuesSnapshot } from './stored-issues-cache';

type KeyedLinks = readonly (readonly [string, LinkOccurrence])[];

const linksByIssue = new WeakMap<Issue, KeyedLinks>();
const indexBySnapshot = new WeakMap<StoredIssuesSnapshot, LinkIndex>();

function keyedLinks(issue: Issue): KeyedLinks {
  let links = linksByIssue.get(issue);
  if (links === undefined) {
    links = issueLinks(issue).map((occurrence) => [normalizeUrl(occurrence.url), occurrence]);
    linksByIssue.set(issue, links);
  }
  return links;
}

export function featuredIndexOf(snapshot: StoredIssuesSnapshot): LinkIndex {
  let index = indexBySnapshot.get(snapshot);
  if (index === undefined) {
    const byUrl = new Map<string, LinkOccurrence[]>();
    for (const { issue } of snapshot.issues.values()) {
      for (const [key, occurrence] of keyedLinks(issue)) {
        const list = byUrl.get(key);
        if (list === undefined) byUrl.set(key, [occurrence]);
        else list.push(occurrence);
      }
    }
    index = { byUrl };
    indexBySnapshot.set(snapshot, index);
  }
  return index;
}
