// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Bullet } from '../model/types';
import { parseHtml } from '../../../test/helpers/inert-html';
import { renderBullets } from './render-bullets';

const bullet = (id: string, depth: 1 | 2 | 3): Bullet => ({
  id,
  depth,
  content: [{ kind: 'text', text: id }],
  after: '\n',
});

/** The tree as nested arrays of own text, read back from the DOM. */
function tree(html: string): unknown {
  const list = parseHtml(html).firstElementChild;
  const read = (ul: Element | null): unknown[] =>
    Array.from(ul?.children ?? []).map((li) => {
      const own = li.firstChild?.textContent ?? '';
      const nested = li.querySelector(':scope > ul');
      return nested ? [own, read(nested)] : own;
    });
  expect(list?.tagName).toBe('UL');
  return read(list);
}

describe('renderBullets', () => {
  it('renders nothing for a card without bullets', () => {
    expect(renderBullets([])).toBe('');
  });

  it('nests bullets by depth and returns to shallower levels', () => {
    const html = renderBullets([
      bullet('a', 1),
      bullet('a1', 2),
      bullet('a1x', 3),
      bullet('a2', 2),
      bullet('b', 1),
      bullet('b1', 2),
      bullet('b1x', 3),
      bullet('c', 1),
    ]);
    expect(tree(html)).toEqual([['a', [['a1', ['a1x']], 'a2']], ['b', [['b1', ['b1x']]]], 'c']);
  });

  it('tolerates a jump from depth 1 to 3 by nesting one level only', () => {
    expect(tree(renderBullets([bullet('a', 1), bullet('deep', 3), bullet('b', 1)]))).toEqual([
      ['a', ['deep']],
      'b',
    ]);
  });

  it('tolerates a first bullet deeper than 1', () => {
    expect(tree(renderBullets([bullet('x', 3), bullet('y', 1)]))).toEqual(['x', 'y']);
  });

  it('closes every list it opens when it ends deep', () => {
    const html = renderBullets([bullet('a', 1), bullet('b', 2), bullet('c', 3)]);
    expect(html.match(/<ul>/g)).toHaveLength(3);
    expect(html.match(/<\/ul>/g)).toHaveLength(3);
    expect(html.match(/<li /g)?.length).toBe(html.match(/<\/li>/g)?.length);
  });

  it('marks each bullet with its id for the editor', () => {
    const ids = Array.from(
      parseHtml(renderBullets([bullet('a', 1), bullet('b', 2)])).querySelectorAll('li'),
    ).map((li) => li.getAttribute('data-bullet-id'));
    expect(ids).toEqual(['a', 'b']);
  });
});
