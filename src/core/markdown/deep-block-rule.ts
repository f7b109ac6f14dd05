import type { MarkdownIt, StateBlock } from 'markdown-it';

/** The token for markdown nested past the reader's bound: its lines, kept as written. */
export const DEEP_BLOCK = 'deep_block';

/**
 * The token level where reading containers stops: a list item's content sits two levels below
 * its list's, a quote's one below, so this is ten lists or twenty quotes deep. The model edits
 * three levels of bullets, and deeper parts are raw blocks whatever their structure.
 */
export const DEEPEST_LEVEL = 20;

/**
 * Left alone, markdown-it reads containers up to its `maxNesting` (100) and then skips to the end
 * of the document, so a list nested past it swallowed every section after it; and until then
 * each line costs work in proportion to the depth. This rule stops earlier and cleanly: what is
 * left of the innermost container (its lines, until one indented less) becomes one opaque token,
 * and reading goes on after it. The work per line stays bounded, whatever the depth of the input.
 */
export function deepBlockRule(state: StateBlock, startLine: number, endLine: number): boolean {
  if (state.level < DEEPEST_LEVEL) return false;
  let next = startLine + 1;
  while (next < endLine && (state.isEmpty(next) || (state.sCount[next] ?? 0) >= state.blkIndent)) {
    next++;
  }
  while (next > startLine + 1 && state.isEmpty(next - 1)) next--;
  const token = state.push(DEEP_BLOCK, 'pre', 0);
  token.block = true;
  token.map = [startLine, next];
  token.content = state.getLines(startLine, next, state.blkIndent, true);
  state.line = next;
  return true;
}

/** Registers the rule ahead of every other block rule. */
export function addDeepBlockRule(md: MarkdownIt): void {
  md.block.ruler.before('table', DEEP_BLOCK, deepBlockRule);
}
