import { parseMarkdown, type Token } from '../../markdown/parse-markdown';

/**
 * Replaces text inside a markdown snippet without touching its syntax. Each occurrence is replaced
 * only if the parsed structure stays the same (links, their targets, code, HTML), so what changes
 * is text a reader sees, never a URL or markup.
 */
export function replaceInMarkdownText(markdown: string, find: string, replacement: string): string {
  if (find === '' || !markdown.includes(find)) return markdown;
  const structure = signature(markdown);
  const all = markdown.split(find).join(replacement);
  if (signature(all) === structure) return all;
  let out = markdown;
  for (
    let at = out.lastIndexOf(find);
    at >= 0;
    at = at === 0 ? -1 : out.lastIndexOf(find, at - 1)
  ) {
    const candidate = out.slice(0, at) + replacement + out.slice(at + find.length);
    if (signature(candidate) === structure) out = candidate;
  }
  return out;
}

/** Everything about the parsed markdown except the text of text runs. */
function signature(markdown: string): string {
  const parts: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      const content = token.type === 'text' || token.type === 'inline' ? '' : token.content;
      parts.push(
        `${token.type}|${token.tag}|${token.markup}|${JSON.stringify(token.attrs)}|${content}`,
      );
      if (token.children) walk(token.children);
    }
  };
  walk(parseMarkdown(markdown));
  return parts.join('\n');
}
