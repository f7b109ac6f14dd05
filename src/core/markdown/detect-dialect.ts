import type { Dialect, Issue, LineEnding, LinkCard } from '../model/types';
import { defaultDialect } from '../model/default-dialect';

/** Learns how a file writes cards, lists and headings, so new parts look like their neighbours. */
export function detectDialect(issue: Omit<Issue, 'dialect'>, text: string, bom: boolean): Dialect {
  const cards = issue.sections
    .flatMap((s) => s.blocks)
    .filter((b): b is LinkCard => b.kind === 'card');
  const keys = issue.frontMatter.entries.map((e) => e.key);
  return {
    eol: dominantLineEnding(text),
    bom,
    indent: mostCommon(cards.flatMap(indentSteps), defaultDialect.indent),
    marker: mostCommon(cards.flatMap(markers), defaultDialect.marker),
    loose: looseCards(issue),
    cardStyle: mostCommon(
      cards.map((c) => c.style),
      defaultDialect.cardStyle,
    ),
    headingLevel: issue.sections[0]?.level ?? defaultDialect.headingLevel,
    shortcodeAt: shortcodeAt(issue),
    finalNewline: text === '' || /[\r\n]$/.test(text),
    sortedKeys: keys.length > 1 && keys.every((k, i) => i === 0 || (keys[i - 1] as string) <= k),
  };
}

/** The line ending most lines end with: CRLF, then LF, then CR on a tie; LF when there is none. */
function dominantLineEnding(text: string): LineEnding {
  const counts: Record<LineEnding, number> = { '\r\n': 0, '\n': 0, '\r': 0 };
  for (const [ending] of text.matchAll(/\r\n?|\n/g)) counts[ending as LineEnding]++;
  const order: LineEnding[] = ['\r\n', '\n', '\r'];
  const best = order.reduce((top, e) => (counts[e] > counts[top] ? e : top));
  return counts[best] > 0 ? best : '\n';
}

/** Spaces per level, read from each bullet's leading whitespace. */
function indentSteps(card: LinkCard): number[] {
  const steps: number[] = [];
  for (const bullet of card.bullets) {
    const lead = /^( *)/.exec(bullet.source ?? '')?.[1]?.length ?? 0;
    const level = card.style === 'item' ? bullet.depth : bullet.depth - 1;
    if (level > 0 && lead > 0 && lead % level === 0) steps.push(lead / level);
  }
  return steps;
}

function markers(card: LinkCard): Dialect['marker'][] {
  const sources = [card.style === 'item' ? card.headerSource : undefined];
  sources.push(...card.bullets.map((b) => b.source));
  return sources.flatMap((s) => {
    const marker = /^\s*([*+-]) /.exec(s ?? '')?.[1];
    return marker ? [marker as Dialect['marker']] : [];
  });
}

function looseCards(issue: Omit<Issue, 'dialect'>): boolean {
  const gaps = issue.sections.flatMap((s) =>
    s.blocks
      .slice(0, -1)
      .filter((b) => b.kind === 'card' && b.style === 'item')
      .map((b) => b.after),
  );
  if (gaps.length === 0) return defaultDialect.loose;
  const loose = gaps.filter((g) => /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/.test(g)).length;
  return loose * 2 > gaps.length;
}

function shortcodeAt(issue: Omit<Issue, 'dialect'>): Dialect['shortcodeAt'] {
  if (issue.preamble.includes('{{<')) return 'top';
  if (issue.epilogue.includes('{{<')) return 'bottom';
  return 'none';
}

function mostCommon<T>(values: T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
