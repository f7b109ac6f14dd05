import { unescapeLinkText } from './entities';
import { normalizeLabel, readDestination, readLabel, readTitle, skipSpace } from './link-syntax';
import type { Reference } from './parse-inline';

/**
 * Takes link reference definitions (`[label]: destination "title"`) off the start of a
 * paragraph's text into `refs` (the first definition of a label wins); returns what is left.
 */
export function takeDefinitions(text: string, refs: Map<string, Reference>): string {
  let rest = text;
  for (;;) {
    const taken = readDefinition(rest);
    if (!taken) return rest;
    if (!refs.has(taken.key)) refs.set(taken.key, taken.reference);
    rest = rest.slice(taken.end);
  }
}

function readDefinition(text: string) {
  const indent = /^ {0,3}/.exec(text)?.[0].length ?? 0;
  const label = readLabel(text, indent);
  if (!label || text[label.end] !== ':' || label.label.trim() === '') return undefined;
  const destination = readDestination(text, skipSpace(text, label.end + 1));
  if (!destination || (destination.raw === '' && text[destination.end - 1] !== '>')) {
    return undefined;
  }
  const reference = { href: unescapeLinkText(destination.raw), title: '' };
  const afterDestination = lineEndAfter(text, destination.end);
  const titleStart = skipSpace(text, destination.end);
  const title = titleStart > destination.end ? readTitle(text, titleStart) : undefined;
  const afterTitle = title ? lineEndAfter(text, title.end) : undefined;
  if (title && afterTitle !== undefined) {
    reference.title = unescapeLinkText(title.title);
    return { key: normalizeLabel(label.label), reference, end: afterTitle };
  }
  if (afterDestination === undefined) return undefined;
  return { key: normalizeLabel(label.label), reference, end: afterDestination };
}

/** The index after the line end (or the text end) if only spaces follow `at` on its line. */
function lineEndAfter(text: string, at: number): number | undefined {
  const match = /^[ \t]*(?:\n|$)/.exec(text.slice(at));
  return match ? at + match[0].length : undefined;
}
