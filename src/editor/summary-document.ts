import Document from '@tiptap/extension-document';

/** A card summary is exactly one bullet list. */
export const SummaryDocument = Document.extend({ content: 'bulletList' });
