import type { Token } from './parse-markdown';
import { inlineFromTokens } from './inline-from-tokens';
import { plainText } from '../model/rich-text';

export interface CardHeader {
  title: string;
  url: string;
  tag?: string;
}

/**
 * Recognizes a card's title line: `[Title](url)`, optionally led by a tag `[**Blog**] `, with
 * nothing else in the paragraph. Anything more (text after the link, two links) is not a card.
 */
export function readCardHeader(inline: Token[]): CardHeader | undefined {
  const tokens = trimTrailingSpace(inline);
  const start = tokens.findIndex((t) => t.type === 'link_open');
  const open = tokens[start];
  if (!open || tokens[tokens.length - 1]?.type !== 'link_close' || open.attrGet('title')) {
    return undefined;
  }
  const inner = tokens.slice(start + 1, -1);
  if (
    inner.some((t) => t.type === 'link_open' || t.type === 'softbreak' || t.type === 'hardbreak')
  ) {
    return undefined;
  }
  const title = plainText(inlineFromTokens(inner));
  const url = String(open.attrGet('href') ?? '');
  if (title.trim() === '' || open.markup === 'linkify' || open.markup === 'autolink')
    return undefined;
  if (start === 0) return { title, url };
  const tag = readTag(tokens.slice(0, start));
  return tag === undefined ? undefined : { title, url, tag };
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
