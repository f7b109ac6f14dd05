import { htmlToText } from '../inbox/html-to-text';

const MAX_TITLE = 300;

/**
 * The title a web page gives itself: its `og:title` meta tag, else its `<title>`; entities
 * decoded, tags and runs of white space dropped, at most 300 characters. Undefined when the page
 * has neither or they are empty. Text only: what comes back is typed into a card title, never
 * written into the DOM as markup.
 */
export function pageTitleFromHtml(html: string): string | undefined {
  const head = html.replace(/<!--[\s\S]*?-->/g, ' ');
  const title = openGraphTitle(head) ?? titleElement(head);
  if (title === undefined) return undefined;
  const text = htmlToText(title);
  if (text === '') return undefined;
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}

function openGraphTitle(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const name = attribute(tag, 'property') ?? attribute(tag, 'name');
    if (name?.toLowerCase() !== 'og:title') continue;
    const content = attribute(tag, 'content');
    if (content?.trim()) return content;
  }
  return undefined;
}

function titleElement(html: string): string | undefined {
  return /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
}

function attribute(tag: string, name: string): string | undefined {
  const pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
  const match = pattern.exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
