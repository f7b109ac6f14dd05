import { classifyUrl } from '../core/url/classify-url';

/**
 * Whether the editor may put this href on a link: web and mail links only, through the core URL
 * door. Used for links set by command and for links read from pasted HTML; links already in the
 * model are loaded as they are and rendered through the same check.
 */
export function isEditorLinkAllowed(href: string): boolean {
  const kind = classifyUrl(href);
  return kind === 'http' || kind === 'mailto';
}
