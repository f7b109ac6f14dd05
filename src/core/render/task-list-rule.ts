import type { MarkdownIt, StateCore } from 'markdown-it';

const taskMarker = /^\[([ xX])\](?=[ \t])/;

/**
 * GFM task lists, as goldmark renders them: a list item whose first paragraph opens with `[ ]`
 * or `[x]` and a space shows a disabled checkbox in place of the marker.
 */
export function addTaskLists(md: MarkdownIt): void {
  md.core.ruler.push('task_lists', readTaskLists);
  md.renderer.rules['task_checkbox'] = (tokens, idx) =>
    tokens[idx]?.meta === true
      ? '<input type="checkbox" disabled="" checked="" />'
      : '<input type="checkbox" disabled="" />';
}

function readTaskLists(state: StateCore): void {
  const { tokens } = state;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    if (inline?.type !== 'inline') continue;
    if (tokens[i - 1]?.type !== 'paragraph_open' || tokens[i - 2]?.type !== 'list_item_open') {
      continue;
    }
    const first = inline.children?.[0];
    const marker = first?.type === 'text' ? taskMarker.exec(first.content) : null;
    if (!first || !marker) continue;
    first.content = first.content.slice(marker[0].length);
    const checkbox = new state.Token('task_checkbox', 'input', 0);
    checkbox.meta = marker[1] !== ' ';
    inline.children?.unshift(checkbox);
  }
}
