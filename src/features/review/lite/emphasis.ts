import type { InlineNode } from './inline-node';

// Emphasis, strong emphasis and strikethrough, resolved from delimiter runs the way CommonMark
// does it ("process emphasis"): closers are matched left to right with the nearest opener of
// the same character, with the flanking rules and the rule of three. Per run kind the lowest
// opener worth looking at is remembered, so hostile input stays close to linear.

export interface Delimiter {
  type: 'delimiter';
  char: '*' | '_' | '~';
  /** Characters left in the run. */
  count: number;
  /** The run's length as written (the rule of three uses it). */
  original: number;
  canOpen: boolean;
  canClose: boolean;
}

export type InlineItem = InlineNode | Delimiter;

/** More runs than this in one paragraph are shown as typed: no text needs them. */
export const MAX_DELIMITERS = 4000;

const whitespace = /\s/u;
const punctuation = /[\p{P}\p{S}]/u;

/** The delimiter run of `count` characters at `at` in `text`, or undefined if it is none. */
export function delimiterAt(text: string, at: number, count: number): Delimiter | undefined {
  const char = text[at] as Delimiter['char'];
  if (char === '~' && count > 2) return undefined;
  const before = text[at - 1] ?? '\n';
  const after = text[at + count] ?? '\n';
  const afterSpace = whitespace.test(after);
  const beforeSpace = whitespace.test(before);
  const afterPunct = punctuation.test(after);
  const beforePunct = punctuation.test(before);
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  const underscore = char === '_';
  return {
    type: 'delimiter',
    char,
    count,
    original: count,
    canOpen: underscore ? left && (!right || beforePunct) : left,
    canClose: underscore ? right && (!left || afterPunct) : right,
  };
}

/** Turns matched runs into emphasis nodes; unmatched runs become their text. */
export function resolveEmphasis(items: InlineItem[]): InlineNode[] {
  const list = items.slice();
  if (list.filter((item) => item.type === 'delimiter').length > MAX_DELIMITERS) {
    return list.map(asNode);
  }
  const bottoms = new Map<string, number>();
  let i = 0;
  while (i < list.length) {
    const closer = list[i] as InlineItem;
    if (closer.type !== 'delimiter' || !closer.canClose) {
      i++;
      continue;
    }
    const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
    const opener = findOpener(list, i, bottoms.get(key) ?? -1, closer);
    if (opener < 0) {
      bottoms.set(key, i - 1);
      i++;
      continue;
    }
    i = wrap(list, opener, i, bottoms);
  }
  return list.map(asNode);
}

function findOpener(list: InlineItem[], closerAt: number, bottom: number, closer: Delimiter) {
  for (let j = closerAt - 1; j > bottom; j--) {
    const item = list[j] as InlineItem;
    if (item.type !== 'delimiter' || item.char !== closer.char || !item.canOpen) continue;
    if (item.count === 0) continue;
    if (closer.char === '~') {
      if (item.count === closer.count) return j;
      continue;
    }
    const both = item.canClose || closer.canOpen;
    const sum = item.original + closer.original;
    if (both && sum % 3 === 0 && (item.original % 3 !== 0 || closer.original % 3 !== 0)) continue;
    return j;
  }
  return -1;
}

/** Wraps what lies between the opener and the closer; returns where to go on. */
function wrap(list: InlineItem[], at: number, closerAt: number, bottoms: Map<string, number>) {
  const opener = list[at] as Delimiter;
  const closer = list[closerAt] as Delimiter;
  const use = opener.char === '~' ? opener.count : opener.count >= 2 && closer.count >= 2 ? 2 : 1;
  const type = opener.char === '~' ? 'strike' : use === 2 ? 'strong' : 'emphasis';
  const children = list.slice(at + 1, closerAt).map(asNode);
  list.splice(at + 1, closerAt - at - 1, { type, children });
  for (const [key, bottom] of bottoms) if (bottom > at) bottoms.set(key, at);
  opener.count -= use;
  closer.count -= use;
  let next = at + 2;
  if (closer.count === 0) list.splice(next, 1);
  if (opener.count === 0) {
    list.splice(at, 1);
    next--;
    for (const [key, bottom] of bottoms) if (bottom >= at) bottoms.set(key, at - 1);
  }
  return next;
}

function asNode(item: InlineItem): InlineNode {
  if (item.type !== 'delimiter') return item;
  return { type: 'text', text: item.char.repeat(item.count) };
}
