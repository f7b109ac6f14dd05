import { titleFromUrl } from '../core/inbox/title-from-url';

/**
 * A first title for a card made from a bare link: `owner/repo` for a GitHub repository, "YouTube
 * video" for a video (its title cannot be known offline), else the words of the last path
 * segment (or the site).
 */
export function suggestCardTitle(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
  const parts = parsed.pathname.split('/').filter((p) => p !== '');
  if (host === 'github.com' && parts.length >= 2) return `${parts[0]}/${parts[1]}`;
  if (/(^|\.)youtube\.com$|^youtu\.be$/.test(host)) return 'YouTube video';
  return titleFromUrl(parsed);
}
