import type * as Y from 'yjs';
import { checkBlock } from '../model/schema/validate-blocks';
import type { Block } from '../model/types';
import { plainFromShared } from './plain-from-shared';

/**
 * One block of an issue document, through the same checks as a whole issue read from it (see
 * readIssueFromDoc; only for a document in the current schema version, which needs no
 * migration). Throws an InvalidRecordError naming the first bad field.
 */
export function readBlockFromDoc(map: Y.Map<unknown>, path = 'doc.block'): Block {
  const block = plainFromShared(map, path);
  checkBlock(block, path);
  return block as Block;
}
