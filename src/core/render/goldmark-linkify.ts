import type { MarkdownIt, StateCore, Token } from 'markdown-it';

// Goldmark's linkify, as Hugo 0.111 runs it by default: `http://`, `https://` and `ftp://` URLs,
// `www.` domains and email addresses, found where a word starts, with goldmark's own rules for
// what ends a URL (a final `.`, unbalanced `)`, an entity-like `&name;`, trailing `?!.,:*_~`).
// markdown-it's linkify-it draws these edges differently, so the preview uses this one.

const urlChars = '[-a-zA-Z0-9@:%_+.~#$!?&/=();,\'">^{}\\[\\]`]*';
const url = new RegExp(
  `^(?:http|https|ftp)://[-a-zA-Z0-9@:%._+~#=]{1,256}\\.[a-z]+(?::\\d+)?(?:[/#?]${urlChars})?`,
);
const www = new RegExp(
  `^www\\.[-a-zA-Z0-9@:%._+~#=]{1,256}\\.[a-z]+(?:[/#?]${urlChars.replace('$', '')})?`,
);
const emailLocal = /^[-a-zA-Z0-9!#$%&'*+/=?^_`{|}~.]+/;
const emailDomain =
  /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*/;
// Where goldmark tries a link: after white space, `*`, `_`, `~` or `(`, or after a quote its
// typographer replaced (a node of its own, so the URL starts a new run of text).
const startsAfter = /[\s*_~("']/;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const trailing = /[?!.,:*_~]+$/;
const mayHoldLink = /[:@]|www\./;

interface Found {
  start: number;
  end: number;
  href: string;
}

/** The link goldmark's linkify finds at `start` of `text`, if any. */
export function linkAt(text: string, start: number): Found | undefined {
  const line = text.slice(start);
  let length = -1;
  let href = (found: string): string => found;
  const isWww = !/^(?:https?|ftp):/.test(line) && line.startsWith('www.');
  const match = isWww ? www.exec(line) : /^(?:https?|ftp):/.test(line) ? url.exec(line) : null;
  if (match) {
    length = trimUrlEnd(line, match[0].length);
    if (isWww) href = (found) => `https://${found}`;
  } else {
    if (line === '' || asciiPunctuation.test(line[0] ?? '')) return undefined;
    length = emailLength(line);
    if (length < 0) return undefined;
    href = (found) => `mailto:${found}`;
  }
  const found = line.slice(0, length).replace(trailing, '');
  if (found === '') return undefined;
  return { start, end: start + found.length, href: href(found) };
}

function trimUrlEnd(line: string, end: number): number {
  const last = line[end - 1];
  if (last === '.') return end - 1;
  if (last === ')') {
    let closing = 0;
    for (const char of line.slice(0, end)) closing += char === ')' ? 1 : char === '(' ? -1 : 0;
    return closing > 0 ? end - closing : end;
  }
  if (last === ';') {
    const entity = /&[A-Za-z0-9]+;$/.exec(line.slice(0, end));
    return entity ? end - entity[0].length : end;
  }
  return end;
}

function emailLength(line: string): number {
  const local = emailLocal.exec(line)?.[0].length ?? 0;
  if (local === 0 || line[local] !== '@') return -1;
  const domain = emailDomain.exec(line.slice(local + 1))?.[0] ?? '';
  if (domain === '') return -1;
  let end = local + 1 + domain.length;
  if (!line.slice(local, end - 1).includes('.')) return -1;
  if (line[end - 1] === '.') end--;
  if (line[end] === '-' || line[end] === '_') return -1;
  return end;
}

/** Links bare URLs and email addresses in rendered markdown, outside links and code. */
export function addGoldmarkLinkify(md: MarkdownIt): void {
  md.core.ruler.before('text_join', 'goldmark_linkify', (state) => linkify(state));
}

function linkify(state: StateCore): void {
  for (const block of state.tokens) {
    const children = block.children;
    if (block.type !== 'inline' || !children) continue;
    const out: Token[] = [];
    let inLink = 0;
    for (let index = 0; index < children.length; index++) {
      const token = children[index] as Token;
      if (token.type === 'link_open') inLink++;
      if (token.type === 'link_close') inLink--;
      if (!isTextual(token) || inLink > 0) {
        out.push(token);
        continue;
      }
      const run: Token[] = [];
      while (index < children.length && isTextual(children[index]))
        run.push(children[index++] as Token);
      index--;
      out.push(...linkRun(state, run));
    }
    block.children = out;
  }
}

function isTextual(token: Token | undefined): boolean {
  return token?.type === 'text' || token?.type === 'text_special';
}

/**
 * Links the URLs of a run of text. Goldmark reads a URL from the markdown as written, so an
 * entity or escape inside one (`&amp;`) stays in it as written, as text and href alike.
 */
function linkRun(state: StateCore, run: Token[]): Token[] {
  const written = run.map((token) => (token.type === 'text' ? token.content : token.markup));
  const text = written.join('');
  // Every link holds `:` (a URL), `www.` or `@` (an email address): most text has none.
  if (!mayHoldLink.test(text)) return run;
  const out: Token[] = [];
  const level = run[0]?.level ?? 0;
  let done = 0;
  for (let index = 0; index < text.length; index++) {
    if (index > 0 && !startsAfter.test(text[index - 1] ?? '')) continue;
    const found = linkAt(text, index);
    if (!found) continue;
    out.push(...slice(state, run, written, done, found.start));
    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [['href', found.href]];
    open.markup = 'linkify';
    open.info = 'auto';
    out.push(open, textToken(state, text.slice(found.start, found.end), level + 1));
    const close = new state.Token('link_close', 'a', -1);
    close.markup = 'linkify';
    close.info = 'auto';
    out.push(close);
    done = found.end;
    index = found.end - 1;
  }
  if (done === 0) return run;
  out.push(...slice(state, run, written, done, text.length));
  return out;
}

/** The tokens of a run between two offsets of its text as written. */
function slice(
  state: StateCore,
  run: Token[],
  written: string[],
  from: number,
  to: number,
): Token[] {
  const out: Token[] = [];
  let offset = 0;
  for (const [index, token] of run.entries()) {
    const length = written[index]?.length ?? 0;
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + length);
    if (start < end) {
      if (token.type === 'text') {
        out.push(textToken(state, token.content.slice(start - offset, end - offset), token.level));
      } else if (start === offset && end === offset + length) out.push(token);
      else
        out.push(
          textToken(state, (written[index] ?? '').slice(start - offset, end - offset), token.level),
        );
    }
    offset += length;
  }
  return out;
}

function textToken(state: StateCore, content: string, level: number): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  token.level = level;
  return token;
}
