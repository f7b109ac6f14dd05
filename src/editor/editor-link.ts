import type { LinkOptions } from '@tiptap/extension-link';
import { checkNewLinkUrl } from '../core/url/check-new-link-url';
import { isEditorLinkAllowed } from './is-editor-link-allowed';

/**
 * How the starter kit's Link mark is configured: http, https and mailto only (the core URL door
 * decides), a URL pasted over selected text links it, a typed URL becomes a link, a click edits
 * rather than navigates.
 */
export const editorLinkOptions: Partial<LinkOptions> = {
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  protocols: [],
  defaultProtocol: 'https',
  HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
  isAllowedUri: (url) => isEditorLinkAllowed(url),
  shouldAutoLink: (url) => checkNewLinkUrl(url).ok,
};
