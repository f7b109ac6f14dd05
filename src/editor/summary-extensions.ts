import type { Editor, Extensions } from '@tiptap/core';
import { BulletItem } from './bullet-item';
import { LeaveOnEscape } from './leave-on-escape';
import { LinkShortcut } from './link-shortcut';
import { RawInline } from './raw-inline-node';
import { SummaryBulletList } from './summary-bullet-list';
import { SummaryDocument } from './summary-document';
import { supportedStarterKit } from './supported-starter-kit';
import { UniqueBulletIds } from './unique-bullet-ids';

export interface SummaryExtensionOptions {
  onRequestLink?: (editor: Editor) => void;
  /** Escape: the host moves the focus out of the editor. */
  onLeave?: (editor: Editor) => void;
}

/** The schema and keys of a card's summary editor: one bullet list, three levels at most. */
export function summaryExtensions(options: SummaryExtensionOptions = {}): Extensions {
  return [
    supportedStarterKit(),
    SummaryDocument,
    SummaryBulletList,
    BulletItem,
    RawInline,
    UniqueBulletIds,
    LinkShortcut.configure({ onRequestLink: options.onRequestLink ?? (() => undefined) }),
    LeaveOnEscape.configure({ onLeave: options.onLeave ?? (() => undefined) }),
  ];
}
