import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushIssue } from '../../src/cli/push-issue.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { editorToken, WorkspaceServerProcess } from '../support/workspace-server-process.ts';
import { useAppSession } from './app-session.ts';

// The team workspace in the browser (issue 14): two people, each in their own browser profile,
// edit EKS News 056 live through the real workspace server. Both type into the same summary at
// once and end with the same text, nothing lost; one goes offline, both edit, it comes back and
// both hold every edit. A profile with a wrong token sees nothing of the issue, and says why.

const session = useAppSession();
let server: WorkspaceServerProcess;

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

/** Sets up the workspace in the library of a fresh profile. */
async function setUpWorkspace(page: Page, workspace: string, token: string, name: string) {
  await page.getByRole('button', { name: 'Set up a workspace' }).click();
  const form = page.getByRole('form', { name: 'Workspace settings' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Workspace name').fill(workspace);
  await form.getByLabel('Token', { exact: true }).fill(token);
  await form.getByLabel('Your name').fill(name);
  await form.getByRole('button', { name: 'Save workspace' }).click();
  await page.getByText(`Workspace “${workspace}” on ${server.url}, as ${name}.`).waitFor();
}

/** Waits until the editor says it is live in the workspace, every change shared. */
async function live(page: Page, workspace: string) {
  await page.getByText(`Live in workspace “${workspace}”: every change is shared.`).waitFor();
}

const cardNamed = (page: Page, title: string) => page.getByRole('article', { name: title });
const FIRST = 'AWS introduces container image signing';

/** Puts the caret at the end of a card's summary. */
async function caretAtEndOfSummary(page: Page, card: Locator) {
  await card.getByRole('textbox', { name: 'Summary' }).click();
  await card.locator('.ProseMirror').waitFor();
  // ProseMirror puts back its own selection a moment after it takes the focus: press again.
  await expect
    .poll(async () => {
      await page.keyboard.press('Control+End');
      return card.evaluate((element) => {
        const selection = window.getSelection();
        const range = document.createRange();
        range.selectNodeContents(element.querySelector('.ProseMirror') as Node);
        range.setStart(selection?.focusNode as Node, selection?.focusOffset ?? 0);
        return range.toString().length;
      });
    })
    .toBe(0);
}

/** The text of every card's summary, as the page shows it once no editor is open. */
function summaries(page: Page): Promise<string[]> {
  return page.locator('[data-field="summary"]').allTextContents();
}

async function leaveSummary(page: Page) {
  await page.keyboard.press('Escape');
  await page.locator('.ProseMirror').waitFor({ state: 'detached' });
}

const sorted = (text: string) => [...text].sort().join('');

describe('a workspace issue edited in two browsers through the server', () => {
  it('merges typing into one summary at once, and edits made offline on reconnect', async () => {
    const anna = await session.openApp('/');
    await setUpWorkspace(anna.page, 'team', editorToken, 'Anna');
    await anna.page.getByRole('link', { name: 'EKS News 056' }).first().click();
    await anna.page.getByText('All changes saved').waitFor();
    await anna.page.getByRole('button', { name: 'Move to workspace' }).click();
    await live(anna.page, 'team');

    const ben = await session.openApp('/');
    await setUpWorkspace(ben.page, 'team', editorToken, 'Ben');
    await ben.page.getByLabel('Issue slug').fill('056');
    await ben.page.getByRole('button', { name: 'Open from the workspace' }).click();
    await ben.page.getByRole('heading', { level: 1, name: 'EKS News 056' }).waitFor();
    await live(ben.page, 'team');
    const people = (page: Page) => page.getByRole('list', { name: 'People in this issue' });
    await people(anna.page).getByText('Ben').waitFor();
    await people(ben.page).getByText('Anna').waitFor();

    const first = (await summaries(anna.page))[0] ?? '';
    await caretAtEndOfSummary(anna.page, cardNamed(anna.page, FIRST));
    await caretAtEndOfSummary(ben.page, cardNamed(ben.page, FIRST));
    await people(ben.page).getByText(`Anna, on “${FIRST}”`).waitFor();
    await Promise.all([
      anna.page.keyboard.type(' alpha', { delay: 60 }),
      ben.page.keyboard.type(' omega', { delay: 60 }),
    ]);
    await Promise.all([leaveSummary(anna.page), leaveSummary(ben.page)]);
    // Each ends with the original summary and both words' letters, in whatever order the
    // keystrokes met: nothing lost, and the same text in both browsers.
    const typed = async (page: Page) => {
      const summary = (await summaries(page))[0] ?? '';
      return summary.startsWith(first) ? sorted(summary.slice(first.length)) : summary;
    };
    await expect
      .poll(async () => [await typed(anna.page), await typed(ben.page)], { timeout: 30_000 })
      .toEqual([sorted(' alpha omega'), sorted(' alpha omega')]);
    expect((await summaries(ben.page))[0]).toBe((await summaries(anna.page))[0]);

    await anna.context.setOffline(true);
    await anna.page.getByText(/^Offline: your changes are kept in this browser/).waitFor();
    const [second, third] = [
      anna.page.getByRole('article').nth(1),
      ben.page.getByRole('article').nth(2),
    ];
    await caretAtEndOfSummary(anna.page, second);
    await anna.page.keyboard.type(' written-offline');
    await leaveSummary(anna.page);
    await caretAtEndOfSummary(ben.page, third);
    await ben.page.keyboard.type(' written-online');
    await leaveSummary(ben.page);
    await live(ben.page, 'team');
    expect((await summaries(anna.page))[2]).not.toMatch(/written-online/);

    await anna.context.setOffline(false);
    await live(anna.page, 'team');
    for (const { page } of [anna, ben]) {
      await expect
        .poll(async () => (await summaries(page))[1], { timeout: 30_000 })
        .toMatch(/ written-offline$/);
      await expect
        .poll(async () => (await summaries(page))[2], { timeout: 30_000 })
        .toMatch(/ written-online$/);
    }
    expect(await summaries(ben.page)).toEqual(await summaries(anna.page));
  });

  it('shows nothing of an issue to a browser whose token the server refuses, and says why', async () => {
    await pushIssue(readCorpus('056.md'), {
      server: server.url,
      workspace: 'locked',
      token: editorToken,
    });
    const eve = await session.openApp('/');
    await setUpWorkspace(eve.page, 'locked', 'not-the-right-token', 'Eve');
    await eve.page.getByLabel('Issue slug').fill('056');
    await eve.page.getByRole('button', { name: 'Open from the workspace' }).click();
    await eve.page
      .getByRole('alert')
      .getByText(/The workspace server refused the token: nothing was sent or received/)
      .waitFor();
    expect(await eve.page.getByRole('article').count()).toBe(0);
    expect(
      await eve.page
        .getByRole('heading', { name: 'The workspace issue could not be opened' })
        .count(),
    ).toBe(1);
  });
});
