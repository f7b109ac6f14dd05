import type { InlineNode } from './inline-node';

// GFM's bare-URL links ("autolink literals"), as Hugo's goldmark and GitHub make them: a
// `www.`, `http://` or `https://` run after a space or a bracket, without the punctuation that
// ends the sentence around it. Never inside a link's own text.

const candidate = /(^|[\s*_~(])((?:https?:\/\/|www\.)[A-Za-z0-9][^\s<]*)/gi;

/** Replaces bare URLs in text nodes (outside links) with literal link nodes. */
export function linkLiterals(nodes: InlineNode[]): InlineNode[] {
  if (!nodes.some(mayHoldUrl)) return nodes;
  return nodes.flatMap((node): InlineNode[] => {
    if (node.type === 'text') return splitText(node.text);
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'strike') {
      return [{ ...node, children: linkLiterals(node.children) }];
    }
    return [node];
  });
}

function mayHoldUrl(node: InlineNode): boolean {
  if (node.type === 'text') return /https?:\/\/|www\./i.test(node.text);
  if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'strike') {
    return node.children.some(mayHoldUrl);
  }
  return false;
}

function splitText(text: string): InlineNode[] {
  const out: InlineNode[] = [];
  let from = 0;
  for (const match of text.matchAll(candidate)) {
    const url = trimUrl(match[2] ?? '');
    if (url.length < 5) continue;
    const start = (match.index ?? 0) + (match[1] ?? '').length;
    if (start > from) out.push({ type: 'text', text: text.slice(from, start) });
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    out.push({
      type: 'link',
      href,
      title: '',
      children: [{ type: 'text', text: url }],
      literal: true,
    });
    from = start + url.length;
  }
  if (from < text.length) out.push({ type: 'text', text: text.slice(from) });
  return out;
}

/** Drops sentence punctuation, an unbalanced `)` and an entity-like `&...;` from the end. */
function trimUrl(url: string): string {
  let end = url.length;
  let unbalanced = count(url, ')') - count(url, '(');
  for (;;) {
    const char = url[end - 1] ?? '';
    if (`?!.,:*_~'"`.includes(char) && char !== '') end--;
    else if (char === ')' && unbalanced > 0) {
      end--;
      unbalanced--;
    } else if (char === ';') {
      const entity = /&[A-Za-z0-9]{1,32};$/.exec(url.slice(Math.max(0, end - 34), end));
      if (!entity) return url.slice(0, end);
      end -= entity[0].length;
    } else return url.slice(0, end);
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}
