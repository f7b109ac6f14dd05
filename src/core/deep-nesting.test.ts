import { describe, expect, it } from 'vitest';
import {
  cardAfterDeepPart,
  deepIssue,
  deepMarkdown,
  deepShapes,
  type DeepShape,
} from '../../test/helpers/deep-nesting';
import { exportIssue } from './markdown/export-issue';
import { importIssue } from './markdown/import-issue';
import type { Issue } from './model/types';
import { renderIssue } from './render/render-issue';
import { renderMarkdown } from './render/render-markdown';

// Depth must cost time in proportion to the text, not to its square: a list nested 1,000 levels
// took over a minute to render, and swallowed the sections after it.

const containerShapes: DeepShape[] = ['list', 'list-4-spaces', 'quote', 'markers-on-one-line'];

function blocks(issue: Issue) {
  return [...issue.intro, ...issue.sections.flatMap((section) => section.blocks)];
}

describe('a file nested 1,000 levels deep', () => {
  it.each(deepShapes)(
    '%s: comes back byte for byte, and the card after it stays a card',
    (shape) => {
      const text = deepIssue(shape, 1000);
      const issue = importIssue(text);
      expect(exportIssue(issue)).toBe(text);
      const [section, ...others] = issue.sections;
      expect(others).toEqual([]);
      expect(section?.blocks.map((block) => block.kind)).toEqual(['card']);
      expect(section?.blocks[0]).toMatchObject(cardAfterDeepPart);
      expect(renderIssue(issue)).toContain(`href="${cardAfterDeepPart.url}"`);
    },
  );

  it.each(containerShapes)('%s: the nested part is one raw block, kept as written', (shape) => {
    const issue = importIssue(deepIssue(shape, 1000));
    const raw = blocks(issue).filter((block) => block.kind === 'raw');
    expect(raw).toHaveLength(1);
    expect(raw[0]?.kind === 'raw' && `${raw[0].markdown}\n`).toBe(deepMarkdown(shape, 1000));
  });

  it.each(containerShapes)('%s: the preview shows what nests too deep as written', (shape) => {
    const html = renderMarkdown(deepMarkdown(shape, 1000));
    const shown = /<pre class="deep-markdown">([\s\S]*)<\/pre>/.exec(html)?.[1];
    expect(shown).toContain(shape === 'markers-on-one-line' ? 'deepest' : 'level 1000');
    expect(html).not.toMatch(/<(?!\/?(ul|li|blockquote|p|pre)\b)/);
  });
});

/** Import, export and render of one text: the fastest of three runs, in milliseconds. */
function timeAll(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const issue = importIssue(text);
    exportIssue(issue);
    renderIssue(issue);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('time grows with the text, not with the depth', () => {
  // Measured in one test at two depths: time per byte may not grow more than threefold (a cost in
  // the square of the depth makes it grow with the depth, and took seconds), with 100 ms to spare
  // for a busy machine. The 5 s bound is a safety net.
  const expectNearLinear = (shape: DeepShape, smallLevels: number, largeLevels: number) => {
    const small = deepIssue(shape, smallLevels);
    const large = deepIssue(shape, largeLevels);
    const smallMs = timeAll(small);
    const largeMs = timeAll(large);
    expect(largeMs).toBeLessThan(5000);
    expect(largeMs).toBeLessThan(3 * smallMs * (large.length / small.length) + 100);
  };

  it.each(deepShapes)('%s, 250 and 1,000 levels', (shape) => expectNearLinear(shape, 250, 1000));

  // Inline nesting is a few bytes a level: sixteen times the depth shows a square cost plainly.
  it.each(['emphasis', 'links', 'images'] as const)('%s, 250 and 4,000 levels', (shape) =>
    expectNearLinear(shape, 250, 4000),
  );
});
