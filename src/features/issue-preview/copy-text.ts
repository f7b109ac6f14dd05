/** Copies text to the clipboard; resolves to an error message when the browser refuses. */
export async function copyText(text: string): Promise<string | undefined> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
    return 'This browser does not allow copying from this page. Use Download markdown instead.';
  }
  try {
    await navigator.clipboard.writeText(text);
    return undefined;
  } catch (error) {
    // A DOMException (NotAllowedError) is not always an Error instance, so read its message.
    const message = (error as { message?: unknown } | null)?.message;
    const reason = typeof message === 'string' && message ? ` (${message})` : '';
    return `Could not copy to the clipboard${reason}. Use Download markdown instead.`;
  }
}
