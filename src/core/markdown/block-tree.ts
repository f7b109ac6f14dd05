import type { Token } from './parse-markdown';

/** Lines are 1-based and inclusive; trailing blank lines are not part of a node. */
interface Lines {
  start: number;
  end: number;
}

export type BlockNode =
  | (Lines & { type: 'paragraph'; inline: Token[] })
  | (Lines & { type: 'heading'; depth: number; inline: Token[] })
  | (Lines & { type: 'list'; ordered: boolean; items: ItemNode[] })
  | (Lines & { type: 'other' });

export interface ItemNode extends Lines {
  children: BlockNode[];
}

/** Turns markdown-it's flat token stream into a tree of blocks with their line ranges. */
export function blockTree(tokens: Token[], lines: string[]): BlockNode[] {
  const cursor = { i: 0 };
  return readBlocks(tokens, cursor, lines, undefined);
}

function readBlocks(
  tokens: Token[],
  cursor: { i: number },
  lines: string[],
  until?: string,
): BlockNode[] {
  const out: BlockNode[] = [];
  while (cursor.i < tokens.length) {
    const token = tokens[cursor.i] as Token;
    if (until && token.type === until) {
      cursor.i++;
      return out;
    }
    out.push(readBlock(tokens, cursor, lines));
  }
  return out;
}

function readBlock(tokens: Token[], cursor: { i: number }, lines: string[]): BlockNode {
  const open = tokens[cursor.i] as Token;
  const range = linesOf(open, lines);
  if (open.type === 'paragraph_open' || open.type === 'heading_open') {
    const inline = tokens[cursor.i + 1]?.children ?? [];
    cursor.i += 3;
    return open.type === 'heading_open'
      ? { type: 'heading', depth: Number(open.tag.slice(1)), inline, ...range }
      : { type: 'paragraph', inline, ...range };
  }
  if (open.type === 'bullet_list_open' || open.type === 'ordered_list_open') {
    cursor.i++;
    const close = open.type.replace('_open', '_close');
    const items: ItemNode[] = [];
    while (cursor.i < tokens.length && tokens[cursor.i]?.type !== close) {
      const item = tokens[cursor.i] as Token;
      cursor.i++;
      items.push({
        ...linesOf(item, lines),
        children: readBlocks(tokens, cursor, lines, 'list_item_close'),
      });
    }
    cursor.i++;
    return { type: 'list', ordered: open.type === 'ordered_list_open', items, ...range };
  }
  skipBlock(tokens, cursor);
  return { type: 'other', ...range };
}

/** Steps over a block and everything nested in it. */
function skipBlock(tokens: Token[], cursor: { i: number }): void {
  let depth = 0;
  do {
    depth += (tokens[cursor.i] as Token).nesting;
    cursor.i++;
  } while (depth > 0 && cursor.i < tokens.length);
}

function linesOf(token: Token, lines: string[]): Lines {
  const [from, to] = token.map ?? [0, 1];
  let end = Math.max(from + 1, to);
  while (end > from + 1 && (lines[end - 1] ?? '').trim() === '') end--;
  return { start: from + 1, end };
}
