/**
 * True for a place that takes typed or pasted text itself: an input that is not a button or box,
 * a text area, a rich-text editor, or a box standing in for one (`role="textbox"`), which mounts
 * its editor on focus.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target.getAttribute('role') === 'textbox') return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type);
}
