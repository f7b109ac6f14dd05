/**
 * The little of the DOM the feed reader needs. A document from the browser's DOMParser fits it,
 * and so does a hand-built tree in tests; core never touches the DOM itself.
 */
export interface XmlElementLike {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  readonly children: ArrayLike<XmlElementLike>;
}

export interface XmlDocumentLike {
  readonly documentElement: XmlElementLike | null;
}

/** The tag name without its namespace prefix, lowercase ("atom:link" -> "link"). */
export function localName(element: XmlElementLike): string {
  const name = element.tagName.toLowerCase();
  return name.slice(name.indexOf(':') + 1);
}

export function childElements(element: XmlElementLike, name?: string): XmlElementLike[] {
  return Array.from(element.children).filter(
    (child) => name === undefined || localName(child) === name,
  );
}

export function firstChild(element: XmlElementLike, name: string): XmlElementLike | undefined {
  return childElements(element, name)[0];
}

/** The trimmed text of the first child called `name`, or '' when there is none. */
export function childText(element: XmlElementLike, name: string): string {
  return firstChild(element, name)?.textContent?.trim() ?? '';
}

/** The first element called `name` at or below `element`, looking at most `depth` levels down. */
export function findDescendant(
  element: XmlElementLike,
  name: string,
  depth = 3,
): XmlElementLike | undefined {
  if (localName(element) === name) return element;
  if (depth === 0) return undefined;
  for (const child of Array.from(element.children)) {
    const found = findDescendant(child, name, depth - 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
