import type { Block } from '../model/types';
import { renderBlock } from './render-block';

/**
 * A renderBlock that remembers its result per block object. The model is immutable (an edit
 * makes a new block), so an unchanged block is found by identity and not rendered again; blocks
 * no longer referenced are dropped with the issue they belonged to. One per preview.
 */
export function createBlockRenderer(): (block: Block) => string {
  const cache = new WeakMap<Block, string>();
  return (block) => {
    let html = cache.get(block);
    if (html === undefined) {
      html = renderBlock(block);
      cache.set(block, html);
    }
    return html;
  };
}
