import type { Inline, Mark, RichText } from '../model/types';
import { normalizeRichText, richTextEquals } from '../model/rich-text';
import { escapeText, keepEdgeSpaces, type EscapeLevel } from './escape-text';
import { escapeLinkTitle, escapeUrl } from './escape-url';
import { inlineFromTokens } from './inline-from-tokens';
import { parseMarkdown } from './parse-markdown';

const delimiters: Record<'bold' | 'italic' | 'strike', string> = {
  bold: '**',
  italic: '*',
  strike: '~~',
};

/**
 * Writes rich text as inline markdown. `continuation` is put after each soft line break (the
 * indentation of a list item's content). The result is checked by parsing it back; if the minimal
 * escaping is misread, the strict escaping is used.
 */
export function inlineToMarkdown(content: RichText, continuation = ''): string {
  // Emphasis next to punctuation inside a word cannot always be written in markdown; then the
  // emphasis is given up before the text, and links and code are kept.
  const attempts = [normalizeRichText(content), withoutEmphasis(content), plainRuns(content)];
  for (const runs of attempts) {
    for (const level of ['minimal', 'strict'] as const) {
      const markdown = write(runs, level, continuation);
      if (readsBackAs(markdown, runs)) return markdown;
    }
  }
  return write(plainRuns(content), 'strict', continuation);
}

const emphasis = new Set(['bold', 'italic', 'strike']);

/** Rich text with spaces at the edges of bold, italic and struck runs moved outside them. */
function spacesOutOfEmphasis(content: RichText): Inline[] {
  const out: Inline[] = [];
  for (const run of normalizeRichText(content)) {
    const marks = run.kind === 'text' ? (run.marks ?? []) : [];
    if (run.kind !== 'text' || !marks.some((m) => emphasis.has(m.type))) {
      out.push(run);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^( *)([\s\S]*?)( *)$/.exec(run.text) ?? [];
    const plain = marks.filter((m) => !emphasis.has(m.type));
    out.push(
      { kind: 'text', text: lead, marks: plain },
      { ...run, text: core },
      { kind: 'text', text: trail, marks: plain },
    );
  }
  return normalizeRichText(out);
}

function withoutEmphasis(content: RichText): Inline[] {
  return normalizeRichText(
    content.map((run) =>
      run.kind === 'text'
        ? { ...run, marks: (run.marks ?? []).filter((m) => m.type === 'link' || m.type === 'code') }
        : run,
    ),
  );
}

function plainRuns(content: RichText): Inline[] {
  return normalizeRichText(
    content.map((run) => (run.kind === 'text' ? { kind: 'text', text: run.text } : run)),
  );
}

/** True when `markdown`, parsed alone, is one paragraph holding exactly `content`. */
export function readsBackAs(markdown: string, content: RichText): boolean {
  if (content.length === 0) return markdown === '';
  const tokens = parseMarkdown(markdown);
  const [open, inline, close] = tokens;
  if (tokens.length !== 3 || open?.type !== 'paragraph_open' || close?.type !== 'paragraph_close') {
    return false;
  }
  return richTextEquals(
    spacesOutOfEmphasis(inlineFromTokens(inline?.children ?? [])),
    spacesOutOfEmphasis(content),
  );
}

function write(runs: Inline[], level: EscapeLevel, continuation: string): string {
  const written = writeRuns(runs, level, true);
  const text = level === 'strict' ? keepEdgeSpaces(written) : written;
  return continuation === '' ? text : text.replace(/\n/g, `\n${continuation}`);
}

function writeRuns(runs: Inline[], level: EscapeLevel, lineStart: boolean): string {
  let out = '';
  let i = 0;
  while (i < runs.length) {
    const run = runs[i] as Inline;
    const outer = outerMark(run);
    if (!outer) {
      out += writeLeaf(run, level, lineStart && out === '');
      i++;
      continue;
    }
    let j = i + 1;
    while (j < runs.length && hasMark(runs[j] as Inline, outer)) j++;
    const inner = runs.slice(i, j).map((r) => withoutMark(r, outer));
    out += wrap(outer, writeRuns(inner, level, false));
    i = j;
  }
  return out;
}

function writeLeaf(run: Inline, level: EscapeLevel, lineStart: boolean): string {
  if (run.kind === 'hardBreak') return '\\\n';
  if (run.kind === 'raw') return run.markdown;
  if (run.marks?.some((m) => m.type === 'code')) return codeSpan(run.text);
  return escapeText(run.text, level, lineStart).replace(/\n[ \t]+/g, '\n');
}

function outerMark(run: Inline): Mark | undefined {
  if (run.kind !== 'text') return undefined;
  return run.marks?.find((m) => m.type !== 'code');
}

function hasMark(run: Inline, mark: Mark): boolean {
  if (run.kind !== 'text') return false;
  return (run.marks ?? []).some((m) =>
    m.type === 'link' && mark.type === 'link'
      ? m.href === mark.href && m.title === mark.title
      : m.type === mark.type,
  );
}

function withoutMark(run: Inline, mark: Mark): Inline {
  if (run.kind !== 'text') return run;
  const marks = (run.marks ?? []).filter((m) => m.type !== mark.type);
  return marks.length > 0 ? { ...run, marks } : { kind: 'text', text: run.text };
}

function wrap(mark: Mark, inner: string): string {
  if (mark.type === 'link') {
    const title = mark.title ? ` ${escapeLinkTitle(mark.title)}` : '';
    return `[${inner}](${escapeUrl(mark.href)}${title})`;
  }
  if (mark.type === 'code') return inner;
  // Markdown cannot open or close emphasis next to a space: spaces go outside the delimiters.
  const [, lead = '', core = '', trail = ''] = /^( *)([\s\S]*?)( *)$/.exec(inner) ?? [];
  if (core === '') return inner;
  const delimiter = delimiters[mark.type];
  return `${lead}${delimiter}${core}${delimiter}${trail}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(text) || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
