import type { Inline, Mark, RichText } from '../model/types';
import { markKey, normalizeRichText } from '../model/rich-text';
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
  const marks = new OpenMarks();
  for (const token of tokens) {
    const current = marks.active;
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

/**
 * The marks open at a point of the token stream. A mark nested in the same mark (emphasis in
 * emphasis) adds nothing, so the set a run gets stays a handful of marks however deep the nesting,
 * and is only rebuilt when it changes: reading stays linear in the tokens.
 */
class OpenMarks {
  /** The distinct open marks, outermost first; replaced, never changed in place. */
  active: readonly Mark[] = [];
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();

  push(mark: Mark): void {
    const key = markKey(mark);
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    this.stack.push(key);
    if (count === 0) this.active = [...this.active, mark];
  }

  pop(): void {
    const key = this.stack.pop();
    if (key === undefined) return;
    const count = (this.counts.get(key) ?? 1) - 1;
    this.counts.set(key, count);
    if (count === 0) this.active = this.active.filter((mark) => markKey(mark) !== key);
  }
}

function run(text: string, marks: readonly Mark[]): Inline {
  return marks.length > 0 ? { kind: 'text', text, marks: [...marks] } : { kind: 'text', text };
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
