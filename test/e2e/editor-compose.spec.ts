import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerAnyway } from './answer-lint-gate.ts';
import { useAppSession } from './app-session.ts';
import { openMoreActions } from './more-actions.ts';

// The editor (issue 3): a new issue from the template, three pasted links that land in their
// sections, nested bullets with a link, reordering by keyboard and by drag, and a download that
// is exactly the file below, written out by hand.

const session = useAppSession();

const PASTED = [
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://github.com/awslabs/eks-node-viewer',
  'https://aws.amazon.com/blogs/containers/amazon-eks-pod-identity/',
].join('\n');

const EXPECTED = `+++
author = "Amazon Elastic Kubernetes Service"
categories = ["Archive", "2026", "Monthly"]
date = 2026-01-30T15:00:00Z
description = "#099 edition of the EKS newsletter"
draft = true
slug = "099"
title = "EKS News 099"
+++
{{< eo >}}
<br/><br/><br/><br/>
## New AWS services and features

## AWS blogs

## Community news and articles

* [Amazon EKS pod identity](https://aws.amazon.com/blogs/containers/amazon-eks-pod-identity/)

## Videos and webinars

* [Karpenter in practice](https://youtu.be/kx7mjL1ZDyA)

* [Scaling with Karpenter](https://www.youtube.com/watch?v=dQw4w9WgXcQ)
  * A talk on node autoscaling
    * See the [docs](https://karpenter.sh/docs/)

## Open source projects

* [awslabs/eks-node-viewer](https://github.com/awslabs/eks-node-viewer)
`;

/** Pastes text with the keyboard while no text field has the focus. */
async function pasteOutsideFields(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('.compose-toolbar h1').click();
  await page.keyboard.press('Control+V');
}

const titlesIn = (region: Locator) =>
  region
    .getByRole('article')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));

/** The selected text as the focused rich-text editor holds it. */
function editorSelection(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as (Element & { editor?: EditorLike }) | null;
    const editor = element?.editor;
    if (!editor) return '';
    const { from, to } = editor.state.selection;
    return editor.state.doc.textBetween(from, to);
  });
}

interface EditorLike {
  state: {
    selection: { from: number; to: number };
    doc: { textBetween: (from: number, to: number) => string };
  };
}

async function fillField(page: Page, name: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name, exact: true });
  await box.fill(value);
}

describe('composing an issue', () => {
  it('creates, pastes, nests, reorders and downloads exactly the expected file', async () => {
    const { page, context } = await session.openApp('/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Tall enough that the drag below stays clear of the edges, where dnd-kit scrolls the page.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.getByRole('button', { name: 'New issue' }).click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    // The form takes edits once this tab holds the draft (the two-tab lock). The form stops
    // being inert a moment before the first edit is kept, so the first one is tried until it is.
    await page.locator('.compose-columns:not([inert])').waitFor();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await expect
      .poll(async () => {
        await title.fill('EKS News 099');
        return title.inputValue();
      })
      .toBe('EKS News 099');
    await fillField(page, 'Slug', '099');
    await fillField(page, 'Date', '2026-01-30T15:00:00Z');
    await fillField(page, 'Description', '#099 edition of the EKS newsletter');
    await fillField(page, 'Categories', 'Archive, 2026, Monthly');

    await pasteOutsideFields(page, PASTED);
    const videos = page.getByRole('region', { name: 'Videos and webinars' });
    const openSource = page.getByRole('region', { name: 'Open source projects' });
    const blogs = page.getByRole('region', { name: 'AWS blogs' });
    expect(await titlesIn(videos)).toEqual(['YouTube video']);
    expect(await titlesIn(openSource)).toEqual(['awslabs/eks-node-viewer']);
    expect(await titlesIn(blogs)).toEqual(['Amazon EKS pod identity']);

    // The focus is on the first new card's guessed title, selected: typing replaces it, and Tab
    // goes by the URL and the tag to the summary. Write two levels and a link there.
    const guessed = videos.getByRole('article', { name: 'YouTube video' });
    const guessedTitle = guessed.getByRole('textbox', { name: 'Card title' });
    await expect
      .poll(() => guessedTitle.evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.type('Scaling with Karpenter');
    const video = videos.getByRole('article', { name: 'Scaling with Karpenter' });
    await video.waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        video.evaluate(
          (card) =>
            card.querySelector('[data-field="summary"]')?.contains(document.activeElement) ?? false,
        ),
      )
      .toBe(true);
    await page.keyboard.type('A talk on node autoscaling');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('See the docs');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    // ProseMirror takes a selection made by keys when the browser reports it: wait for that.
    await expect.poll(() => editorSelection(page)).toBe('docs');
    await page.keyboard.press('Control+k');
    const linkBox = page.getByRole('textbox', { name: 'Link URL' });
    await linkBox.fill('https://karpenter.sh/docs/');
    await linkBox.press('Enter');
    // The prompt gives the focus back to the summary a frame later (TipTap's focus command):
    // wait for it, or it can land in the next box between its focus and its typing.
    await expect
      .poll(() =>
        video.evaluate(
          (card) => card.querySelector('.ProseMirror')?.contains(document.activeElement) ?? false,
        ),
      )
      .toBe(true);

    // A second video through the section's box, moved up by keyboard.
    const addVideo = videos.getByRole('textbox', { name: 'Add link' });
    await addVideo.fill('https://youtu.be/kx7mjL1ZDyA');
    await addVideo.press('Enter');
    const second = videos.getByRole('article', { name: 'YouTube video' });
    await second.getByRole('textbox', { name: 'Card title' }).fill('Karpenter in practice');
    const secondTitle = videos
      .getByRole('article', { name: 'Karpenter in practice' })
      .getByRole('textbox', { name: 'Card title' });
    await secondTitle.press('Alt+ArrowUp');
    expect(await titlesIn(videos)).toEqual(['Karpenter in practice', 'Scaling with Karpenter']);
    await expect
      .poll(() => secondTitle.evaluate((box) => box === document.activeElement))
      .toBe(true);

    // The blog post dragged by its handle into the empty community section.
    const community = page.getByRole('region', { name: 'Community news and articles' });
    const handle = blogs.getByRole('button', { name: 'Move Amazon EKS pod identity' });
    await expect.poll(() => handle.getAttribute('aria-roledescription')).toBe('sortable');
    await dragTo(page, handle, community.getByText('No links in this section yet.'));
    await expect.poll(() => titlesIn(community)).toEqual(['Amazon EKS pod identity']);
    expect(await titlesIn(blogs)).toEqual([]);

    await page
      .getByRole('status')
      .filter({ hasText: /^All changes saved$/ })
      .waitFor();
    const downloading = page.waitForEvent('download');
    await openMoreActions(page);
    await page.getByRole('button', { name: 'Download markdown' }).click();
    await answerAnyway(page);
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('099.md');
    expect(await readFile(await download.path(), 'utf8')).toBe(EXPECTED);
  });
});

/** A pointer drag in small steps, as a hand does it (dnd-kit starts after a few pixels). */
async function dragTo(page: Page, handle: Locator, target: Locator): Promise<void> {
  // Both on screen below the sticky toolbar.
  await handle.evaluate((element) => {
    const toolbar = document.querySelector('.compose-toolbar')?.getBoundingClientRect().bottom ?? 0;
    window.scrollBy(0, element.getBoundingClientRect().top - toolbar - 40);
  });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the handle or the drop place is not on the page');
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y + 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}
