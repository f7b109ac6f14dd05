import type Token from 'markdown-it/lib/token.mjs';
import { createMarkdownReader } from './markdown-reader';

const parser = createMarkdownReader({ linkify: false });

export function parseMarkdown(markdown: string): Token[] {
  return parser.parse(markdown, {});
}

export type { Token };
