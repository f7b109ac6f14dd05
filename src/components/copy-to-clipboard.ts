// The one way the app writes to the clipboard: the share link, the reviewer's notes link and the
// issue's markdown all go through it.

/** Copies text; resolves to undefined once the browser took it, or to why it did not. */
export async function copyToClipboard(text: string): Promise<string | undefined> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
    return 'This browser does not allow copying from this page.';
  }
  try {
    await navigator.clipboard.writeText(text);
    return undefined;
  } catch (error) {
    // A DOMException (NotAllowedError) is not always an Error instance, so read its message.
    const message = (error as { message?: unknown } | null)?.message;
    const reason = typeof message === 'string' && message ? ` (${message})` : '';
    return `Could not copy to the clipboard${reason}.`;
  }
}
