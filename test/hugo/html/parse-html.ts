// Runs in Vitest's jsdom environment (test/hugo/vitest.config.ts), which provides `document`.

/** Parses an HTML fragment such as a rendered page body. */
export function parseHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** The fragment serialized again: entities, quoting and attribute order in one canonical form. */
export function serializeHtml(fragment: DocumentFragment): string {
  const template = document.createElement('template');
  template.content.append(fragment.cloneNode(true));
  return template.innerHTML;
}

/** `html` in the canonical form of serializeHtml, so two renderings compare as strings. */
export function normalizeHtml(html: string): string {
  return serializeHtml(parseHtml(html));
}
