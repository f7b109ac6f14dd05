// Editorial status and Hugo's `draft` flag (issue 15, item 3).
//
// Broadsheet's status says where an issue is in the week's work: draft, in review, ready (to go
// to the site), published (on it). Hugo knows one bit of that, the `draft` front matter key: a
// page with `draft = true` is left out of the built site. The two are kept consistent wherever
// the front matter has a `draft` key whose value is a boolean:
//
//   status               draft key
//   draft, in review  →  true    (not for the public yet)
//   ready, published  →  false   (the site may build it)
//
// The other way, only the key's value is known, so a status is chosen for it:
//   - on import, `draft = false` reads as published: a file with it came from the site's content
//     folder, where Hugo builds it, so it is on the site (statusFromDraft). "Ready" is kept for an
//     issue the editors cleared in Broadsheet and the site has not yet taken (issue 14 pulls it);
//     `draft = true` reads as draft.
//   - an edit of the key in the front matter form moves a status that contradicts it: to draft
//     when the key becomes true, to ready when it becomes false, since only the site can say it is
//     published (statusForDraftFlag). A status that agrees with the key stays.
//
// Front matter without a `draft` key (or with a value that is not a boolean, or JSON kept whole,
// which is read-only) makes no claim: the status is Broadsheet's alone, nothing is added to the
// file, and an import leaves the status at draft. Changing the status rewrites only the value on
// the key's own line, in the file's style (setFrontMatterValue); every other byte stays.

import type { IssueStatus } from '../model/types';

/** The value of Hugo's `draft` key that agrees with a status. */
export function draftForStatus(status: IssueStatus): boolean {
  return status === 'draft' || status === 'in review';
}
