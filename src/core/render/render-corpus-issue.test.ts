// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../markdown/import-issue';
import { inertnessProblems, parseHtml } from '../../../test/helpers/inert-html';
import { renderIssue } from './render-issue';

const here = dirname(fileURLToPath(import.meta.url));
const file = readFileSync(resolve(here, '../../../test/fixtures/eks-news/056.md'), 'utf8');

/** The file's own sections: heading text and the number of `* [` card lines under it. */
function sectionsOfFile(text: string): Array<[string, number]> {
  const sections: Array<[string, number]> = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) sections.push([line.slice(3).trim(), 0]);
    else if (line.startsWith('* [') && sections.length > 0) {
      const last = sections[sections.length - 1] as [string, number];
      last[1]++;
    }
  }
  return sections;
}

describe('rendering corpus issue 056', () => {
  const html = renderIssue(importIssue(file, { id: '056', now: 0 }));
  const fragment = parseHtml(html);

  it('is inert', () => {
    expect(inertnessProblems(html)).toEqual([]);
  });

  it('shows the title and date of the front matter', () => {
    expect(fragment.querySelector('header h1')?.textContent).toBe('EKS News 056');
    expect(fragment.querySelector('header time')?.textContent).toBe('June 9, 2023');
  });

  it('shows the subscribe shortcode as a placeholder and keeps the <br/> spacers', () => {
    expect(Array.from(fragment.querySelectorAll('.shortcode')).map((e) => e.textContent)).toEqual([
      'Shortcode: eo',
    ]);
    expect(fragment.querySelectorAll('.preamble br')).toHaveLength(4);
  });

  it('has the sections of the file, each with as many cards as the file', () => {
    const rendered = Array.from(fragment.querySelectorAll('section')).map((s) => [
      s.querySelector('h2')?.textContent,
      s.querySelectorAll('li.card').length,
    ]);
    expect(rendered).toEqual(sectionsOfFile(file));
  });

  it('nests the summary bullets of the first card', () => {
    const first = fragment.querySelector('li.card');
    expect(first?.querySelector(':scope > a')?.textContent).toBe(
      'AWS introduces container image signing',
    );
    const bullets = Array.from(first?.querySelectorAll(':scope > ul > li') ?? []);
    expect(bullets).toHaveLength(4);
    expect(bullets[1]?.textContent).toBe(
      'Announcing Container Image Signing with AWS Signer and Amazon EKS',
    );
  });

  it('links every web address the file links to', () => {
    const inFile = new Set(Array.from(file.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g), (m) => m[1]));
    const rendered = new Set(
      Array.from(fragment.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
    );
    expect(inFile.size).toBeGreaterThan(30);
    expect([...inFile].filter((url) => !rendered.has(url ?? ''))).toEqual([]);
  });

  it('shows the link without a destination as its text', () => {
    expect(fragment.textContent).toContain('[to use the local cache]');
  });
});
