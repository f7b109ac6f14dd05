import Document from '@tiptap/extension-document';

/** A prose block (an intro paragraph, a paragraph of a prose section) is one paragraph. */
export const ParagraphDocument = Document.extend({ content: 'paragraph' });
