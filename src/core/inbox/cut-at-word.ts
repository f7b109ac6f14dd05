/**
 * Text of at most `max` characters, cut at a word boundary and ended with an ellipsis when it had
 * to be cut. Only a single word longer than `max` is cut inside the word.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const atBoundary = /\s/.test(text.charAt(max - 1));
  const lastSpace = room.search(/\s\S*$/);
  const kept = atBoundary ? room : lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${kept.replace(/[\s,;:(\-–—]+$/, '')}…`;
}
