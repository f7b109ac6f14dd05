import { blocksAt, findBlock, withBlocks } from '../model/ops/locate';
import type { Block, Issue } from '../model/types';

/**
 * `issue` with each of `blocks` put in place of the block of its id, every other part the very
 * object it was; undefined when one of the ids is not in the issue.
 */
export function replaceBlocks(issue: Issue, blocks: Iterable<Block>): Issue | undefined {
  let result = issue;
  for (const block of blocks) {
    const place = findBlock(result, block.id);
    if (place === undefined) return undefined;
    const list = [...blocksAt(result, place.section)];
    list[place.index] = block;
    result = withBlocks(result, place.section, list);
  }
  return result;
}
