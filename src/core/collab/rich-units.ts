import type { Inline, RichText } from '../model/types';

/**
 * Rich text as a Yjs text holds it: each character with its marks as one format attribute (`m`,
 * the marks' JSON, so their order is kept), hard breaks and raw inline markdown as embeds. A unit
 * is one character or one embed.
 */
export type RichUnit =
  { kind: 'char'; char: string; marks: string | undefined } | { kind: 'embed'; embed: RichEmbed };

export type RichEmbed = { hardBreak: true } | { raw: string };

/** The format attribute a character's marks are kept in. */
export const MARKS_ATTRIBUTE = 'm';

export function richUnits(rich: RichText): RichUnit[] {
  return rich.flatMap((inline) => inlineUnits(inline));
}

function inlineUnits(inline: Inline): RichUnit[] {
  if (inline.kind === 'hardBreak') return [{ kind: 'embed', embed: { hardBreak: true } }];
  if (inline.kind === 'raw') return [{ kind: 'embed', embed: { raw: inline.markdown } }];
  const marks = inline.marks === undefined ? undefined : JSON.stringify(inline.marks);
  return [...inline.text].map((char) => ({ kind: 'char', char, marks }));
}
