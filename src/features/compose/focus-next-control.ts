/** What the Tab key stops at, roughly: enabled controls, links and elements put in the order. */
const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(', ');

/**
 * Moves the focus to the first control after `element` (and outside it) in the order the Tab key
 * follows, skipping hidden and inert parts. Returns false, leaving the focus alone, if none.
 */
export function focusNextControl(element: Element): boolean {
  const next = [...element.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)].find(
    (candidate) =>
      !element.contains(candidate) &&
      (element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      !candidate.closest('[inert], [hidden]'),
  );
  next?.focus();
  return next !== undefined;
}
