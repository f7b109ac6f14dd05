import { endsWithTrailer, splitAfterTrailers } from './trailers';

// Items of pasted text that is not a numbered list: paragraphs separated by blank lines. When
// items end with a "View the full article" trailer, the trailer closes each item and up to two
// short paragraphs before it (title, source) belong to it; otherwise a short title-like paragraph
// joins the paragraph after it.

const SHORT = 200;
const MIN_EXCERPT = 40;

/** The lines of each item. */
export function blockItems(lines: readonly string[]): string[][] {
  const paragraphs = toParagraphs(lines.flatMap(splitAfterTrailersKeepingBreaks));
  const items = paragraphs.some(endsWithTrailerLines)
    ? byTrailers(paragraphs)
    : byTitles(paragraphs);
  return items.filter(isContent);
}

function splitAfterTrailersKeepingBreaks(line: string): string[] {
  const parts = splitAfterTrailers(line);
  return parts.length <= 1 ? [line] : parts.flatMap((part) => [part, '']);
}

function toParagraphs(lines: readonly string[]): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1] ?? [];
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push([]);
    } else current.push(line);
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

function byTrailers(paragraphs: readonly string[][]): string[][] {
  const items: string[][] = [];
  let pending: string[][] = [];
  for (const paragraph of paragraphs) {
    if (!endsWithTrailerLines(paragraph)) {
      pending.push(paragraph);
      continue;
    }
    const heads = pending.slice(-2).filter(isShort);
    items.push([...heads.flat(), ...paragraph]);
    pending = [];
  }
  return items;
}

function byTitles(paragraphs: readonly string[][]): string[][] {
  const items: string[][] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] ?? [];
    const next = paragraphs[i + 1];
    if (next !== undefined && paragraph.length <= 2 && isShort(paragraph) && !isShort(next)) {
      items.push([...paragraph, ...next]);
      i++;
    } else items.push(paragraph);
  }
  return items;
}

function endsWithTrailerLines(paragraph: readonly string[]): boolean {
  return endsWithTrailer(paragraph.join(' '));
}

function isShort(paragraph: readonly string[]): boolean {
  const text = paragraph.join(' ').trim();
  return text.length <= SHORT && !/[.!?]$/.test(text);
}

/** Page furniture ("Jump to content", "Search") is short and has no link. */
function isContent(item: readonly string[]): boolean {
  const text = item.join(' ');
  return /https?:\/\//i.test(text) || text.replace(/\s+/g, ' ').trim().length >= MIN_EXCERPT;
}
