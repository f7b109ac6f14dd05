import type { Inline, Mark, RichText } from '../model/types';
import { normalizeRichText } from '../model/rich-text';
import type { Token } from './parse-markdown';

const markOf: Record<string, Mark['type']> = {
  strong_open: 'bold',
  em_open: 'italic',
  s_open: 'strike',
};

/**
 * Converts markdown-it inline tokens to the model's runs. What the model has no mark for (images,
 * inline HTML) becomes a `raw` run holding its markdown.
 */
export function inlineFromTokens(tokens: Token[]): RichText {
  const out: Inline[] = [];
  const marks: Mark[] = [];
  for (const token of tokens) {
    const current = marks.slice();
    switch (token.type) {
      case 'text':
      case 'text_special':
        out.push(run(token.content, current));
        break;
      case 'code_inline':
        out.push(run(token.content, [...current, { type: 'code' }]));
        break;
      case 'softbreak':
        out.push(run('\n', current));
        break;
      case 'hardbreak':
        out.push({ kind: 'hardBreak' });
        break;
      case 'link_open':
        marks.push(linkMark(token));
        break;
      case 'html_inline':
        out.push({ kind: 'raw', markdown: token.content });
        break;
      case 'image':
        out.push({ kind: 'raw', markdown: imageMarkdown(token) });
        break;
      default:
        if (token.nesting === 1 && markOf[token.type])
          marks.push({ type: markOf[token.type] } as Mark);
        else if (token.nesting === -1) marks.pop();
    }
  }
  return normalizeRichText(out);
}

function run(text: string, marks: Mark[]): Inline {
  return marks.length > 0 ? { kind: 'text', text, marks } : { kind: 'text', text };
}

function linkMark(token: Token): Mark {
  const href = String(token.attrGet('href') ?? '');
  const title = token.attrGet('title')?.toString();
  return title ? { type: 'link', href, title } : { type: 'link', href };
}

function imageMarkdown(token: Token): string {
  const src = String(token.attrGet('src') ?? '');
  const title = token.attrGet('title')?.toString();
  return `![${token.content}](${src}${title ? ` "${title}"` : ''})`;
}
