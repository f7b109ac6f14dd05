// The door of admit-issue.ts for a write of an issue the running editor holds, when the writer
// knows which of its blocks are new or changed since its last admitted write (the repository's
// part cache does): the head (every field but the blocks, and each section but its blocks) goes
// through admitIssue, and only the blocks `changed` names are checked, with checkBlock and their
// paths in the issue. The unchanged ones equal blocks already admitted, so checking them again
// on every autosave of a 2,000-card issue would only hold up typing. An issue entering from
// outside (a stored draft read back, a backup, a share link, an import) still goes through
// admitIssue whole.

import { admitIssue, type AdmitIssueOptions } from './admit-issue';
import { checkBlock } from './validate-blocks';
import { field, item } from './validate-primitives';

/** The record with every list of blocks in it emptied, or `value` itself if it is no record. */
function withoutBlocks(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const issue = value as Record<string, unknown>;
  const sections = Array.isArray(issue.sections) ? issue.sections.map(emptied) : issue.sections;
  return { ...issue, intro: Array.isArray(issue.intro) ? [] : issue.intro, sections };
}

function emptied(section: unknown): unknown {
  if (typeof section !== 'object' || section === null) return section;
  const record = section as Record<string, unknown>;
  return Array.isArray(record.blocks) ? { ...record, blocks: [] } : record;
}

function checkChanged(blocks: unknown, path: string, changed: (block: unknown) => boolean): void {
  // The head's check has already found the list an array.
  (blocks as unknown[]).forEach((block, index) => {
    if (changed(block)) checkBlock(block, item(path, index));
  });
}

/**
 * Throws an InvalidRecordError naming the first bad field of `value`'s head or of a block that
 * `changed` says is new or changed; returns nothing (the writer stores `value` as it is).
 */
export function admitIssueParts(
  value: unknown,
  changed: (block: unknown) => boolean,
  options: AdmitIssueOptions = {},
): void {
  const { path = '' } = options;
  admitIssue(withoutBlocks(value), options);
  const issue = value as { intro: unknown; sections: { blocks: unknown }[] };
  checkChanged(issue.intro, field(path, 'intro'), changed);
  issue.sections.forEach((section, index) => {
    checkChanged(section.blocks, field(item(field(path, 'sections'), index), 'blocks'), changed);
  });
}
