/**
 * Which fields of a plain record live in a Yjs document as shared types. A field marked `text`
 * is a Y.Text (concurrent typing merges by character); `rich` is rich text (RichText) as a
 * Y.XmlText whose characters carry their marks (rich-units.ts), merged by character too; `map` is
 * a nested Y.Map; `list` is a Y.Array of Y.Maps whose items are told apart by their `id` (or
 * `key`), so two people editing different items of one list both keep their edit. Every other
 * field is a plain value, replaced whole when it changes.
 */
export type SharedShape = { readonly [key: string]: SharedField };

export type SharedField =
  'text' | 'rich' | { readonly map: SharedShape } | { readonly list: SharedShape };
