import type { Editor, Extensions, JSONContent } from '@tiptap/core';
import { LinkShortcut } from './link-shortcut';
import { ParagraphDocument } from './paragraph-document';
import { ProseEnter } from './prose-enter';
import { RawInline } from './raw-inline-node';
import { supportedStarterKit } from './supported-starter-kit';

export interface ProseExtensionOptions {
  onRequestLink?: (editor: Editor) => void;
  onSplit?: (before: JSONContent[], after: JSONContent[]) => void;
}

/** The schema and keys of a prose paragraph's editor: one paragraph, no lists. */
export function proseExtensions(options: ProseExtensionOptions = {}): Extensions {
  return [
    supportedStarterKit(),
    ParagraphDocument,
    RawInline,
    ProseEnter.configure({ onSplit: options.onSplit ?? (() => undefined) }),
    LinkShortcut.configure({ onRequestLink: options.onRequestLink ?? (() => undefined) }),
  ];
}
