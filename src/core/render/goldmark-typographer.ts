import type { MarkdownIt, StateCore, Token } from 'markdown-it';

// Goldmark's typographer, as Hugo 0.111 runs it by default. Unlike markdown-it's (which pairs
// quotes across a paragraph and also rewrites (c), +- and ?...), goldmark decides each quote from
// the characters on either side of it, with special cases for apostrophes ('90s, 'n', I'm) and a
// count of the quotes opened so far in the block, and replaces only quotes, `--`, `---`, `...`,
// `<<` and `>>`. It applies to rendered text only: the model and the export keep what was typed.

const asciiPunctuation = /[!-/:-@[-`{-~]/;
const unicodePunctuation = /\p{P}/u;
const letter = /\p{L}/u;
const digit = /\p{Nd}/u;

function isPunctuation(char: string): boolean {
  return asciiPunctuation.test(char) || unicodePunctuation.test(char);
}

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

const fixed: Array<[string, string]> = [
  ['---', '\u2014'],
  ['...', '\u2026'],
  ['<<', '\u00ab'],
  ['>>', '\u00bb'],
  ['--', '\u2013'],
];

/** Quotes opened and not yet closed in one block: goldmark closes a quote only after an open one. */
export interface OpenQuotes {
  single: number;
  double: number;
}

/**
 * `text` with goldmark's typographic substitutions. `before` is the character written just
 * before the text (a newline at the start of a paragraph), `after` the one just after it: goldmark
 * reads both to tell an opening quote from a closing one. `open` counts the quotes opened earlier
 * in the same block.
 */
export function typographize(
  text: string,
  before = '\n',
  after = '\n',
  open: OpenQuotes = { single: 0, double: 0 },
): string {
  if (!/['"<>]|--|\.\.\./.test(text)) return text;
  const line = text + after;
  let out = '';
  let index = 0;
  while (index < text.length) {
    const rest = line.slice(index);
    const sequence = fixed.find(
      ([ascii]) => rest.startsWith(ascii) && index + ascii.length <= text.length,
    );
    if (sequence) {
      out += sequence[1];
      index += sequence[0].length;
      continue;
    }
    const char = text[index] ?? '';
    const previous = index === 0 ? before : (text[index - 1] ?? '');
    if (char === "'") out += singleQuote(previous, rest, open);
    else if (char === '"') out += doubleQuote(previous, rest, open);
    else out += char;
    index++;
  }
  return out;
}

interface Flanking {
  canOpen: boolean;
  canClose: boolean;
  /** A quote that both opens and closes, followed by punctuation and then a space or more. */
  maybeClose: boolean;
}

function flanking(before: string, line: string): Flanking {
  const after = line[1] ?? ' ';
  const afterIsSpace = isSpace(after);
  const afterIsPunctuation = isPunctuation(after);
  const beforeIsSpace = isSpace(before);
  const beforeIsPunctuation = isPunctuation(before);
  const canOpen = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation);
  const canClose = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation);
  const third = line[2] ?? '';
  const maybeClose =
    canOpen &&
    canClose &&
    line.length > 1 &&
    afterIsPunctuation &&
    (line.length === 2 || (third !== '' && isPunctuation(third)) || isSpace(third));
  return { canOpen, canClose, maybeClose };
}

const leftSingle = '\u2018';
const rightSingle = '\u2019';

function singleQuote(before: string, line: string, open: OpenQuotes): string {
  const { canOpen, canClose, maybeClose } = flanking(before, line);
  if (!canOpen && !canClose) return "'";
  const next = line[1] ?? '';
  // A decade ('90s), then 'twas, 'em, 'n', then an apostrophe between letters or digits.
  if (canOpen && !canClose && /^'\d\ds/.test(line)) {
    const fifth = line[4] ?? ' ';
    if (isSpace(fifth) || isPunctuation(fifth)) return rightSingle;
  }
  if ((isPunctuation(before) || isSpace(before)) && 'tenl'.includes(next) && next !== '') {
    return rightSingle;
  }
  if ((digit.test(before) || letter.test(before)) && letter.test(next)) return rightSingle;
  if (canOpen && !canClose) {
    // Alice's, I'm, Don't, You'd, I've, I'll, You're
    const third = line[2] ?? '';
    const short = 'smtd'.includes(next) && (third === '' || isPunctuation(third) || isSpace(third));
    const fourth = line[3] ?? '';
    const long =
      ['ve', 'll', 're'].includes(line.slice(1, 3)) &&
      (fourth === '' || isPunctuation(fourth) || isSpace(fourth));
    if (short || long) return rightSingle;
    open.single++;
    return leftSingle;
  }
  // Plural possessives and abbreviations: Smiths', doin'
  if (line.length > 2 && !digit.test(next)) return rightSingle;
  if (open.single > 0 && ((canClose && !canOpen) || maybeClose)) {
    open.single--;
    return rightSingle;
  }
  return "'";
}

function doubleQuote(before: string, line: string, open: OpenQuotes): string {
  const { canOpen, canClose, maybeClose } = flanking(before, line);
  if (canOpen && !canClose) {
    open.double++;
    return '\u201c';
  }
  if (open.double > 0 && ((canClose && !canOpen) || maybeClose)) {
    // "Monitor 21"": inches, not a closing quote
    if (line[1] === '"' && digit.test(before)) return '"';
    open.double--;
    return '\u201d';
  }
  return '"';
}

/**
 * Runs the typographer over rendered markdown's text, as goldmark does: not in code, not in
 * autolinks or linkified URLs, not in link destinations. Must run after linkify.
 */
export function addTypographer(md: MarkdownIt): void {
  md.core.ruler.before('text_join', 'goldmark_typographer', applyTypographer);
}

function applyTypographer(state: StateCore): void {
  for (const block of state.tokens) {
    const children = block.children;
    if (block.type !== 'inline' || !children) continue;
    let inAutolink = 0;
    const open: OpenQuotes = { single: 0, double: 0 };
    for (const [index, token] of children.entries()) {
      if (token.type === 'link_open' && isAutolink(token)) inAutolink++;
      else if (
        token.type === 'link_close' &&
        inAutolink > 0 &&
        isAutolink(opening(children, index))
      ) {
        inAutolink--;
      } else if (token.type === 'text' && inAutolink === 0) {
        token.content = typographize(
          token.content,
          lastSourceChar(children[index - 1]),
          firstSourceChar(children[index + 1]),
          open,
        );
      }
    }
  }
}

function isAutolink(token: Token | undefined): boolean {
  return token?.markup === 'autolink' || token?.markup === 'linkify';
}

function opening(children: Token[], closeIndex: number): Token | undefined {
  let depth = 0;
  for (let index = closeIndex; index >= 0; index--) {
    const token = children[index];
    if (token?.type === 'link_close') depth++;
    else if (token?.type === 'link_open' && --depth === 0) return token;
  }
  return undefined;
}

/** The markdown character just before a text token, as goldmark would see it. */
function lastSourceChar(token: Token | undefined): string {
  if (!token || token.type === 'softbreak' || token.type === 'hardbreak') return '\n';
  if (token.type === 'text') return token.content.slice(-1) || ' ';
  if (token.type === 'link_open') return '[';
  if (token.type === 'link_close' || token.type === 'image') return ')';
  if (token.type === 'html_inline') return '>';
  return token.markup.slice(-1) || ' ';
}

/** The markdown character just after a text token, as goldmark would see it. */
function firstSourceChar(token: Token | undefined): string {
  if (!token || token.type === 'softbreak' || token.type === 'hardbreak') return '\n';
  if (token.type === 'text') return token.content[0] ?? ' ';
  if (token.type === 'link_open') return '[';
  if (token.type === 'link_close') return ']';
  if (token.type === 'image') return '!';
  if (token.type === 'html_inline') return '<';
  return token.markup[0] ?? ' ';
}

/**
 * `<<` and `>>` become guillemets before markdown-it reads `<` as the start of raw HTML: goldmark's
 * typographer comes first among its inline parsers.
 */
export function addGuillemets(md: MarkdownIt): void {
  md.inline.ruler.before('html_inline', 'goldmark_guillemets', (state, silent) => {
    const pair = state.src.slice(state.pos, state.pos + 2);
    if (pair !== '<<' && pair !== '>>') return false;
    if (!silent) state.pending += pair === '<<' ? '\u00ab' : '\u00bb';
    state.pos += 2;
    return true;
  });
}
