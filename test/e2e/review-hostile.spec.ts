import { shareDictionaries } from '../helpers/share-dictionaries.ts';
import { deflateSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../helpers/corpus.ts';
import { encodeBase64Url } from '../../src/core/share/encode-base64url.ts';
import { crc32 } from '../../src/core/share/crc32.ts';
import { encodeNotesLink } from '../../src/core/share/notes-link.ts';
import {
  decodeShareLink,
  encodeShareLink,
  encodeShareLinkAs,
} from '../../src/core/share/share-link.ts';
import { appUrl, useAppSession, type AppPage } from './app-session.ts';

// Hostile and broken share links (issue 5, item 5) opened in Debian's chromium: each shows a
// clear message or the issue as text, no dialog opens, no script runs (window.pwned stays
// unset), and the page logs no error.

const session = useAppSession();

declare global {
  interface Window {
    pwned?: string;
  }
}

/** A link of format 1 carrying arbitrary bytes (with a correct checksum). */
function linkOfBytes(bytes: Uint8Array): string {
  const compressed = deflateSync(bytes, { level: 9 });
  const payload = new Uint8Array(4 + compressed.length);
  new DataView(payload.buffer).setUint32(0, crc32(bytes));
  payload.set(compressed, 4);
  return `1.${encodeBase64Url(payload)}`;
}

const good = encodeShareLink(readCorpus('071.md'), shareDictionaries);

const broken: Array<[string, string]> = [
  ['truncated to a length no link has', good.slice(0, 2 + 4 * 300 + 1)],
  ['cut short', good.slice(0, good.length - 25)],
  ['of an unknown version', `9.${good.slice(2)}`],
  ['in bad base64', `2.${good.slice(2, 50)}%%**${good.slice(54)}`],
  [
    'with one character changed',
    `${good.slice(0, 80)}${good[80] === 'Q' ? 'R' : 'Q'}${good.slice(81)}`,
  ],
  ['a decompression bomb', linkOfBytes(new Uint8Array(48 * 1024 * 1024).fill(97))],
  ['not text', linkOfBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28]))],
  ['a notes link', encodeNotesLink({ issueSlug: '071', cards: [{ id: 'c1', verdict: 'fine' }] })],
  ['not a share link at all', '<script>window.pwned="hash"</script>'],
];

const pwn = (what: string) => `window.pwned='${what}';alert('${what}')`;

const HOSTILE_ISSUE = [
  '+++',
  `title = "<img src=x onerror=\\"${pwn('title')}\\"><script>${pwn('title-script')}</script>"`,
  'date = 2024-05-01T07:00:00Z',
  `slug = "x\\"><svg onload=${pwn('slug')}>"`,
  '+++',
  `{{< eo "\\"><img src=x onerror=${pwn('shortcode')}>" >}}`,
  '',
  `Intro <img src=x onerror="${pwn('inline')}"> and <script>${pwn('inline-script')}</script>`,
  '',
  `## <svg onload="${pwn('heading')}">Heading</svg>`,
  '',
  `* [Click me](javascript:${pwn('href')})`,
  `    * [data link](data:text/html,<script>${pwn('data')}</script>) and ![img](javascript:${pwn('img')})`,
  `    * <a href="javascript:${pwn('a')}">raw anchor</a> and [titled](https://example.org/ "\\"><img src=x onerror=${pwn('title-attr')}>")`,
  `* [Entity](&#106;avascript:${pwn('entity')})`,
  `* [Percent](%6Aavascript:${pwn('percent')})`,
  `* [Tabbed](<java\tscript:${pwn('tab')}>)`,
  '* [Vb](vbscript:msgbox(1))',
  '* [Safe](https://example.org/safe)',
  '',
  `<iframe srcdoc="<script>parent.${pwn('iframe')}</script>"></iframe>`,
  '',
  `<div onmouseover="${pwn('div')}">hover here</div>`,
  '',
  `<javascript:${pwn('autolink')}>`,
  '',
].join('\n');

/** Opens the link after a page with no script of its own, with a failing dialog listener. */
async function openLink(app: AppPage, fragment: string): Promise<string[]> {
  const dialogs: string[] = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await app.page.goto('about:blank');
  await app.page.goto(appUrl(`/preview#${fragment}`), { waitUntil: 'load' });
  return dialogs;
}

async function expectNothingRan(app: AppPage, dialogs: string[]): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await app.page.evaluate(() => window.pwned)).toBeUndefined();
  expect(app.pageErrors).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
}

async function activeContentIn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter(
        (element) =>
          ['SCRIPT', 'IFRAME', 'SVG', 'OBJECT', 'EMBED'].includes(element.tagName.toUpperCase()) ||
          // An image whose URL the door refused keeps its alt text and loads nothing.
          (element.tagName.toUpperCase() === 'IMG' &&
            (element.hasAttribute('src') || element.hasAttribute('srcset'))) ||
          [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      )
      .map((element) => element.outerHTML),
  );
}

describe('hostile and broken share links', () => {
  it.each(broken)('a link %s shows a message', async (_name, fragment) => {
    const expected = decodeShareLink(fragment, shareDictionaries);
    if (expected.ok) throw new Error('the broken link opened in the core decoder');
    const app = await session.openApp('/preview');
    const dialogs = await openLink(app, fragment);
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(expected.message);
    expect(
      await app.page
        .getByRole('heading', { level: 1, name: 'This issue could not be opened' })
        .count(),
    ).toBe(1);
    await expectNothingRan(app, dialogs);
  });

  it('an issue full of script shows it as text and runs none of it', async () => {
    const app = await session.openApp('/preview');
    const dialogs = await openLink(app, encodeShareLinkAs(HOSTILE_ISSUE, '2', shareDictionaries));
    const title = app.page.getByRole('heading', { level: 1 });
    await title.waitFor();
    expect(await title.textContent()).toContain('<img src=x onerror=');
    const article = app.page.locator('article');
    for (const text of [
      'Click me',
      'Entity',
      'Percent',
      'Tabbed',
      'Vb',
      'data link',
      'raw anchor',
    ]) {
      await article.getByText(text, { exact: false }).first().click();
    }
    await article.getByText('hover here', { exact: false }).hover();
    expect(await activeContentIn(app.page)).toEqual([]);
    const hrefs = await article
      .locator('[href], [src]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src')),
      );
    expect(hrefs).toEqual(['https://example.org/', 'https://example.org/safe']);
    await app.page.getByRole('button', { name: 'Mark cards and leave notes' }).click();
    await app.page.getByRole('button', { name: 'Send notes back' }).waitFor();
    await expectNothingRan(app, dialogs);
  });
});
