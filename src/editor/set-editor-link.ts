import type { Editor } from '@tiptap/core';
import { checkNewLinkUrl } from '../core/url/check-new-link-url';

export type SetLinkResult = { ok: true } | { ok: false; message: string };

/**
 * Links the selection (or the link around the cursor) to a URL typed by the editor, after the
 * core URL door: `example.com` becomes `https://example.com`, `javascript:` is refused with the
 * door's message. An empty URL removes the link. With an empty selection and no link around it,
 * the URL itself is inserted as linked text.
 */
export function setEditorLink(editor: Editor, input: string): SetLinkResult {
  if (input.trim() === '') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return { ok: true };
  }
  const checked = checkNewLinkUrl(input);
  if (!checked.ok) return checked;
  const chain = editor.chain().focus().extendMarkRange('link');
  if (editor.state.selection.empty && !editor.isActive('link')) {
    chain
      .insertContent({
        type: 'text',
        text: checked.url,
        marks: [{ type: 'link', attrs: { href: checked.url } }],
      })
      .run();
  } else {
    chain.setLink({ href: checked.url }).run();
  }
  return { ok: true };
}
