import type { Block, Dialect } from '../types';

/**
 * Separators belong to positions, not to blocks: the gap after the last block of a section (the
 * blank lines before the next heading) stays last when blocks are removed, added or reordered.
 */
export function removeAt(blocks: Block[], index: number): Block[] {
  const out = blocks.slice();
  const [removed] = out.splice(index, 1);
  const previous = out[index - 1];
  if (removed && index === out.length && previous) {
    out[index - 1] = { ...previous, after: removed.after };
  }
  return out;
}

export function insertAt(blocks: Block[], index: number, block: Block, dialect: Dialect): Block[] {
  const out = blocks.slice();
  const at = Math.max(0, Math.min(index, out.length));
  const separator = separatorFor(out, block, dialect);
  const previous = out[at - 1];
  if (at === out.length && previous) {
    out[at - 1] = { ...previous, after: separator };
    out.splice(at, 0, { ...block, after: previous.after });
  } else {
    out.splice(at, 0, { ...block, after: at === out.length ? block.after : separator });
  }
  return out;
}

/** The gap between two blocks in this place: the one most used already, else the dialect's. */
export function separatorFor(blocks: Block[], block: Block, dialect: Dialect): string {
  const inner = blocks
    .slice(0, -1)
    .filter((b) => b.kind === block.kind)
    .map((b) => b.after);
  const counts = new Map<string, number>();
  for (const gap of inner) if (gap.trim() === '') counts.set(gap, (counts.get(gap) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const blank = dialect.eol + dialect.eol;
  if (block.kind !== 'card' || block.style === 'paragraph') return blank;
  return dialect.loose ? blank : dialect.eol;
}
