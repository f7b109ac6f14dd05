import { StarterKit } from '@tiptap/starter-kit';
import { editorLinkOptions } from './editor-link';

/**
 * The starter kit cut down to what the model holds: paragraphs, hard breaks and text with bold,
 * italic, strike, code and links. Everything else (headings, quotes, code blocks, rules, ordered
 * lists, underline) does not exist in the schema, so pasted HTML loses it and keeps its text.
 * Lists are added by the summary editor only; the document node comes from the caller.
 */
export function supportedStarterKit() {
  return StarterKit.configure({
    document: false,
    blockquote: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    orderedList: false,
    bulletList: false,
    listItem: false,
    listKeymap: false,
    underline: false,
    trailingNode: false,
    dropcursor: false,
    gapcursor: false,
    link: editorLinkOptions,
  });
}
