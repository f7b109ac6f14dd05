import type { JSONContent } from '@tiptap/core';
import type { Mark } from '../core/model/types';

type MarkJson = NonNullable<JSONContent['marks']>[number];

/** A model mark as a TipTap mark (the names are the same; a link carries href and title). */
export function markToJson(mark: Mark): MarkJson {
  if (mark.type !== 'link') return { type: mark.type };
  return { type: 'link', attrs: { href: mark.href, title: mark.title ?? null } };
}

/** A TipTap mark as a model mark, or undefined for a mark the model does not have. */
export function markFromJson(json: MarkJson): Mark | undefined {
  switch (json.type) {
    case 'bold':
    case 'italic':
    case 'code':
    case 'strike':
      return { type: json.type };
    case 'link':
      return linkFromAttrs(json.attrs);
    default:
      return undefined;
  }
}

function linkFromAttrs(attrs: Record<string, unknown> | undefined): Mark | undefined {
  const href = attrs?.['href'];
  if (typeof href !== 'string') return undefined;
  const title = attrs?.['title'];
  return typeof title === 'string' && title !== ''
    ? { type: 'link', href, title }
    : { type: 'link', href };
}
