import { delimiterAt, resolveEmphasis, type InlineItem } from './emphasis';
import { decodeEntityMatch, entityPattern } from './entities';
import type { InlineNode } from './inline-node';
import { linkLiterals } from './link-literals';
import { normalizeLabel, readInlineTarget, readLabel, type LinkTarget } from './link-syntax';

// Inline markdown (CommonMark with GFM strikethrough and bare-URL links) into an inline tree.
// Raw HTML is kept as the text it is, except a bare <br>, as the site's preview does.

export interface Reference {
  href: string;
  title: string;
}

export type ReferenceMap = ReadonlyMap<string, Reference>;

interface Bracket {
  /** Where the `[` or `![` text item sits in `items`. */
  item: number;
  /** Where the bracketed text starts in the source. */
  textStart: number;
  image: boolean;
  active: boolean;
}

interface Scan {
  text: string;
  at: number;
  items: InlineItem[];
  brackets: Bracket[];
  refs: ReferenceMap;
  /** Backtick run lengths known to have no closing run further on. */
  noCloser: Set<number>;
}

const plainRun = /[^\\`*_~[\]!<&\n\ue000]+/y;
// eslint-disable-next-line no-control-regex -- CommonMark: no controls or spaces in an autolink
const autolink = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\u0000-\u0020]*)>/y;
const emailAutolink =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const breakTag = /<br\s*\/?>/iy;
const htmlTag =
  /<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?|\/[A-Za-z][A-Za-z0-9-]*\s*)>/y;
const shortcodeToken = /\ue000(\d{1,6})\ue001/y;

/** Parses the inline content of one block (lines joined with "\n", edges trimmed). */
export function parseInline(text: string, refs: ReferenceMap = new Map()): InlineNode[] {
  const scan: Scan = { text, at: 0, items: [], brackets: [], refs, noCloser: new Set() };
  while (scan.at < text.length) step(scan);
  return linkLiterals(mergeText(resolveEmphasis(scan.items)));
}

function step(scan: Scan): void {
  const char = scan.text[scan.at];
  switch (char) {
    case '\\':
      return backslash(scan);
    case '`':
      return codeSpan(scan);
    case '*':
    case '_':
    case '~':
      return delimiterRun(scan);
    case '[':
    case '!':
      return openBracket(scan);
    case ']':
      return closeBracket(scan);
    case '<':
      return angle(scan);
    case '&':
      return entity(scan);
    case '\n':
      return lineBreak(scan);
    case '\ue000':
      return shortcode(scan);
    default:
      return plain(scan);
  }
}

function plain(scan: Scan): void {
  plainRun.lastIndex = scan.at;
  const match = plainRun.exec(scan.text);
  const end = match ? scan.at + match[0].length : scan.at + 1;
  pushText(scan, scan.text.slice(scan.at, end));
  scan.at = end;
}

function backslash(scan: Scan): void {
  const next = scan.text[scan.at + 1];
  if (next === '\n') {
    scan.items.push({ type: 'hardBreak' });
    scan.at = skipIndent(scan.text, scan.at + 2);
  } else if (next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
    pushText(scan, next);
    scan.at += 2;
  } else {
    pushText(scan, '\\');
    scan.at++;
  }
}

function codeSpan(scan: Scan): void {
  const { text } = scan;
  let end = scan.at;
  while (text[end] === '`') end++;
  const length = end - scan.at;
  const close = scan.noCloser.has(length) ? -1 : findBacktickRun(text, end, length);
  if (close < 0) {
    scan.noCloser.add(length);
    pushText(scan, text.slice(scan.at, end));
    scan.at = end;
    return;
  }
  let code = text.slice(end, close).replace(/\n/g, ' ');
  if (/^ [^]*[^ ][^]* $/.test(code)) code = code.slice(1, -1);
  scan.items.push({ type: 'code', text: code });
  scan.at = close + length;
}

function findBacktickRun(text: string, from: number, length: number): number {
  let at = text.indexOf('`', from);
  while (at >= 0) {
    let end = at;
    while (text[end] === '`') end++;
    if (end - at === length) return at;
    at = text.indexOf('`', end);
  }
  return -1;
}

function delimiterRun(scan: Scan): void {
  const { text, at } = scan;
  let end = at;
  while (text[end] === text[at]) end++;
  const delimiter = delimiterAt(text, at, end - at);
  if (delimiter) scan.items.push(delimiter);
  else pushText(scan, text.slice(at, end));
  scan.at = end;
}

function openBracket(scan: Scan): void {
  const image = scan.text[scan.at] === '!';
  if (image && scan.text[scan.at + 1] !== '[') {
    pushText(scan, '!');
    scan.at++;
    return;
  }
  const width = image ? 2 : 1;
  scan.brackets.push({
    item: scan.items.length,
    textStart: scan.at + width,
    image,
    active: true,
  });
  scan.items.push({ type: 'text', text: image ? '![' : '[' });
  scan.at += width;
}

function closeBracket(scan: Scan): void {
  const bracket = scan.brackets.pop();
  const target = bracket?.active ? findTarget(scan, bracket) : undefined;
  if (!bracket || !target) {
    pushText(scan, ']');
    scan.at++;
    return;
  }
  const inner = resolveEmphasis(scan.items.splice(bracket.item).slice(1));
  const children = mergeText(inner);
  scan.items.push(
    bracket.image
      ? { type: 'image', src: target.href, title: target.title, alt: children }
      : { type: 'link', href: target.href, title: target.title, children },
  );
  if (!bracket.image) for (const open of scan.brackets) if (!open.image) open.active = false;
  scan.at = target.end;
}

/** The link target after a `]` at `scan.at`: inline, full, collapsed or shortcut reference. */
function findTarget(scan: Scan, bracket: Bracket): LinkTarget | undefined {
  const { text, at, refs } = scan;
  if (text[at + 1] === '(') {
    const inline = readInlineTarget(text, at + 1);
    if (inline) return inline;
  }
  const label = readLabel(text, at + 1);
  const bracketText = text.slice(bracket.textStart, at);
  const name = label && label.label.trim() !== '' ? label.label : bracketText;
  if (name.length > 999 || name.trim() === '') return undefined;
  const ref = refs.get(normalizeLabel(name));
  if (!ref) return undefined;
  return { href: ref.href, title: ref.title, end: label ? label.end : at + 1 };
}

function angle(scan: Scan): void {
  const matched =
    sticky(scan, autolink, (m) => link(m[1] ?? '', m[1] ?? '')) ??
    sticky(scan, emailAutolink, (m) => link(`mailto:${m[1] ?? ''}`, m[1] ?? '')) ??
    sticky(scan, breakTag, () => ({ type: 'hardBreak' })) ??
    sticky(scan, htmlTag, (m) => ({ type: 'text', text: m[0] }));
  if (!matched) {
    pushText(scan, '<');
    scan.at++;
  }
}

function link(href: string, text: string): InlineNode {
  return { type: 'link', href, title: '', children: [{ type: 'text', text }], literal: true };
}

function sticky(
  scan: Scan,
  pattern: RegExp,
  make: (match: RegExpExecArray) => InlineNode,
): true | undefined {
  pattern.lastIndex = scan.at;
  const match = pattern.exec(scan.text);
  if (!match) return undefined;
  scan.items.push(make(match));
  scan.at += match[0].length;
  return true;
}

function entity(scan: Scan): void {
  const match = entityPattern.exec(scan.text.slice(scan.at, scan.at + 40));
  const decoded = match ? decodeEntityMatch(match) : undefined;
  const length = match && decoded !== undefined ? match[0].length : 1;
  pushText(scan, decoded ?? '&');
  scan.at += length;
}

function lineBreak(scan: Scan): void {
  const last = scan.items[scan.items.length - 1];
  let hard = false;
  if (last?.type === 'text') {
    hard = / {2,}$/.test(last.text);
    last.text = last.text.replace(/ +$/, '');
  }
  scan.items.push({ type: hard ? 'hardBreak' : 'softBreak' });
  scan.at = skipIndent(scan.text, scan.at + 1);
}

function shortcode(scan: Scan): void {
  if (!sticky(scan, shortcodeToken, (m) => ({ type: 'shortcode', index: Number(m[1]) }))) {
    scan.at++;
  }
}

function skipIndent(text: string, from: number): number {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

function pushText(scan: Scan, text: string): void {
  scan.items.push({ type: 'text', text });
}

function mergeText(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else if (node.type !== 'text' || node.text !== '') out.push(node);
  }
  return out;
}
