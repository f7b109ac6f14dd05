import type { RichText } from '../model/types';
import type { Token } from './parse-markdown';
import { inlineFromTokens } from './inline-from-tokens';
import { plainText } from '../model/rich-text';

export interface CardHeader {
  title: string;
  url: string;
  tag?: string;
  bold?: boolean;
  trailing?: RichText;
}

/** What may follow the title link: nothing, a short note on its line, or any linkless text. */
export type TrailingRule = 'none' | 'short' | 'any';

export interface HeaderReading {
  header: CardHeader;
  /** Soft line breaks before the hard break that ends the title line (a wrapped title). */
  breaksBefore: number;
  /** The tokens after a hard break that ends the title line: the start of the description. */
  rest?: Token[];
}

/**
 * Notes after a paragraph card's link: "(5 minute read)", "by Author", "- Host: Sunny", or a
 * subtitle after a colon written against the link: "[Title](url): a field report".
 */
const SHORT_TRAILING =
  /^(\s+(\(.{1,60}\)|(by|with|from|via)\s.{1,60}|[-–—:|]\s.{1,60})|:\s.{1,60})$/u;

/** A list item's text after its link that may hold links: after a colon or a dash. */
const DESCRIBED = /^\s*[:\-–—]\s/u;

/**
 * Recognizes a card's title line: `[Title](url)`, optionally led by a tag `[**Blog**] `, bold
 * or not. What follows the link is its trailing text when `rule` allows it (a second link
 * only in a list item, after a colon or dash); a hard break ends the title line when `rest` is wanted. Else it is not a card.
 */
export function readCardHeader(
  inline: Token[],
  rule: TrailingRule = 'none',
  allowRest = false,
): HeaderReading | undefined {
  const tokens = trimTrailingSpace(inline.filter((t) => t.type !== 'text' || t.content !== ''));
  const start = tokens.findIndex((t) => t.type === 'link_open');
  const open = tokens[start];
  const close = tokens.findIndex((t, i) => i > start && t.type === 'link_close');
  if (!open || close < 0 || open.attrGet('title')) return undefined;
  const inner = tokens.slice(start + 1, close);
  if (inner.some((t) => t.type === 'link_open' || t.type === 'hardbreak')) return undefined;
  const title = plainText(inlineFromTokens(inner)).replace(/[ \t]*\n[ \t]*/g, ' ');
  const url = String(open.attrGet('href') ?? '');
  if (title.trim() === '' || open.markup === 'linkify' || open.markup === 'autolink') {
    return undefined;
  }
  const lead = readLead(tokens.slice(0, start));
  if (!lead) return undefined;
  const afterLink = tokens.slice(lead.bold ? close + 2 : close + 1);
  if (lead.bold && tokens[close + 1]?.type !== 'strong_close') return undefined;
  const hard = afterLink.findIndex((t) => t.type === 'hardbreak');
  if (hard >= 0 && !allowRest) return undefined;
  const trailingTokens = hard >= 0 ? afterLink.slice(0, hard) : afterLink;
  const trailing = readTrailing(trailingTokens, rule);
  if (trailing === undefined) return undefined;
  const header: CardHeader = { title, url };
  if (lead.tag !== undefined) header.tag = lead.tag;
  if (lead.bold) header.bold = true;
  if (trailing.length > 0) header.trailing = trailing;
  const breaksBefore = tokens.slice(0, close).filter((t) => t.type === 'softbreak').length;
  if (hard < 0) return { header, breaksBefore };
  return { header, breaksBefore, rest: afterLink.slice(hard + 1) };
}

function readTrailing(tokens: Token[], rule: TrailingRule): RichText | undefined {
  if (tokens.length === 0) return [];
  if (rule === 'none') return undefined;
  const content = inlineFromTokens(tokens);
  const linked = tokens.some((t) => t.type === 'link_open');
  if (linked && (rule === 'short' || !DESCRIBED.test(plainText(content)))) return undefined;
  if (rule === 'short' && !SHORT_TRAILING.test(plainText(content))) return undefined;
  return content;
}

/** What may come before the link: nothing, a tag, `**`, or a tag then `**`. */
function readLead(tokens: Token[]): { tag?: string; bold: boolean } | undefined {
  const bold = tokens[tokens.length - 1]?.type === 'strong_open';
  const before = bold ? tokens.slice(0, -1) : tokens;
  if (before.length === 0) return { bold };
  const tag = readTag(before);
  return tag === undefined ? undefined : { tag, bold };
}

function readTag(tokens: Token[]): string | undefined {
  const [open, strong, text, strongClose, close] = tokens;
  if (tokens.length !== 5 || open?.type !== 'text' || open.content !== '[') return undefined;
  if (strong?.type !== 'strong_open' || strongClose?.type !== 'strong_close') return undefined;
  if (text?.type !== 'text' || close?.type !== 'text' || !/^\] +$/.test(close.content)) {
    return undefined;
  }
  return text.content;
}

function trimTrailingSpace(tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  if (last?.type === 'text' && last.content.trim() === '') return tokens.slice(0, -1);
  return tokens;
}
