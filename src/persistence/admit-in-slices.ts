// Validates a whole issue the way admitIssue does, a slice at a time: the head at once (through
// admitIssueParts, which takes it through admitIssue), then every block with checkBlock, giving
// the page a turn whenever a slice has run its time. Keeping a revision of a 2,000-card issue
// checked it in one task of 100-180 ms on a loaded machine, at the first keystroke after opening.

import { admitIssueParts } from '../core/model/schema/admit-issue-parts';
import type { Issue } from '../core/model/types';
import { checkBlock } from '../core/model/schema/validate-blocks';
import { field, item } from '../core/model/schema/validate-primitives';
import type { SliceOptions } from './changes-in-slices';
import { pageTurn } from './page-turn';

/** How many blocks are checked between two looks at the clock. */
const STRIDE = 25;

/** Every block of `value` (its head already admitted) with its path in the issue. */
function blocksOf(value: unknown): [unknown, string][] {
  const issue = value as Issue;
  const at = (list: readonly unknown[], path: string) =>
    list.map((block, index): [unknown, string] => [block, item(path, index)]);
  return [
    ...at(issue.intro, 'intro'),
    ...issue.sections.flatMap((section, index) =>
      at(section.blocks, field(item('sections', index), 'blocks')),
    ),
  ];
}

/** Resolves once `value` is found a valid Issue; rejects with the InvalidRecordError else. */
export async function admitInSlices(value: unknown, options: SliceOptions = {}): Promise<void> {
  const { sliceMs = 8, yieldNow = pageTurn, now = () => performance.now() } = options;
  admitIssueParts(value, () => false);
  const blocks = blocksOf(value);
  let sliceStart = now();
  for (let index = 0; index < blocks.length; index++) {
    if (index % STRIDE === 0 && index > 0 && now() - sliceStart >= sliceMs) {
      await yieldNow();
      sliceStart = now();
    }
    const [block, path] = blocks[index]!;
    checkBlock(block, path);
  }
}
