import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorToken,
  reviewToken,
  WorkspaceServerProcess,
} from '../support/workspace-server-process.ts';
import { useAppSession } from './app-session.ts';

// A reviewer link on a workspace issue (issue 14, item 4): the editor copies the link, a
// reviewer in another browser profile opens it and reads EKS News 056 live and read-only through
// the real workspace server, sees the editor's typing arrive, marks a card fine and writes a
// note; the editor sees both appear beside the issue with the reviewer's name. A profile whose
// link carries a wrong token sees nothing of the issue, and why.

const session = useAppSession();
let server: WorkspaceServerProcess;

beforeAll(async () => {
  server = await WorkspaceServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

const FIRST = 'AWS introduces container image signing';

/** Sets up the workspace, with its reviewer token, in the library of a fresh profile. */
async function setUpWorkspace(page: Page, workspace: string) {
  await page.getByRole('button', { name: 'Set up a workspace' }).click();
  const form = page.getByRole('form', { name: 'Workspace settings' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Workspace name').fill(workspace);
  await form.getByLabel('Token', { exact: true }).fill(editorToken);
  await form.getByLabel('Your name').fill('Anna');
  await form.getByLabel('Reviewer token (optional)').fill(reviewToken);
  await form.getByRole('button', { name: 'Save workspace' }).click();
  await page.getByText(`Workspace “${workspace}” on ${server.url}, as Anna.`).waitFor();
}

/** The path and fragment of a link, as openApp takes them. */
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

describe('a reviewer link on a workspace issue', () => {
  it('shows the issue live and read-only, and brings the reviewer’s marks and notes to the editor', async () => {
    const anna = await session.openApp('/');
    await setUpWorkspace(anna.page, 'review');
    await anna.page.getByRole('link', { name: 'EKS News 056' }).first().click();
    await anna.page.getByText('All changes saved').waitFor();
    await anna.page.getByRole('button', { name: 'Move to workspace' }).click();
    await anna.page.getByText('Live in workspace “review”: every change is shared.').waitFor();
    await anna.page.getByRole('button', { name: 'Copy reviewer link' }).click();
    const link = await anna.page.getByRole('textbox', { name: 'Reviewer link' }).inputValue();
    expect(link).toMatch(/\/review\/live\/review\/056#/);
    expect(new URL(link).search).toBe('');

    const rita = await session.openApp(pathOf(link));
    const heading = (text: string) => rita.page.getByRole('heading', { level: 1, name: text });
    await heading('EKS News 056').waitFor();
    await rita.page.getByText('Live from the workspace · read-only').waitFor();
    // Nothing of the issue is a field: the only one on the page is the reviewer's name.
    expect(await rita.page.getByRole('textbox').count()).toBe(1);
    expect(await rita.page.locator('[contenteditable="true"]').count()).toBe(0);

    const title = anna.page.getByRole('textbox', { name: 'Title', exact: true });
    await title.click();
    await title.press('End');
    await title.pressSequentially(' for review', { delay: 40 });
    await heading('EKS News 056 for review').waitFor();

    await rita.page.getByLabel('Your name').fill('Rita');
    // Among the people in the issue, for the editor.
    await anna.page
      .getByRole('list', { name: 'People in this issue' })
      .getByText('Rita', { exact: true })
      .waitFor();
    await rita.page.getByRole('button', { name: 'Mark cards and leave notes' }).click();
    const review = (title: string) =>
      rita.page.getByRole('group', { name: new RegExp(`^Review of “${title}`) });
    await review(FIRST).getByRole('button', { name: 'Fine' }).click();
    const second = rita.page.getByRole('group', { name: /^Review of/ }).nth(1);
    await second.getByRole('button', { name: /^Add a note/ }).click();
    await second.getByRole('textbox').pressSequentially('Which regions?', { delay: 20 });
    await rita.page.getByText(/1 card fine, 1 note\. The editors see/).waitFor();

    const notes = anna.page.getByRole('complementary', { name: 'Reviewer notes, live' });
    const fine = notes.getByRole('listitem').filter({ hasText: FIRST });
    await fine.getByText('✓ Fine').waitFor();
    await fine.getByText('by Rita').waitFor();
    const noted = notes.getByRole('listitem').filter({ hasText: 'Which regions?' });
    await noted.getByText('by Rita').waitFor();
    expect(await notes.getByRole('listitem').count()).toBe(2);
    // The reviewer changed nothing of the issue: the editor's title stands, as typed.
    expect(await title.inputValue()).toBe('EKS News 056 for review');
  });

  it('shows nothing of the issue to a link with a wrong token, and says why', async () => {
    const anna = await session.openApp('/');
    await setUpWorkspace(anna.page, 'guarded');
    await anna.page.getByRole('link', { name: 'EKS News 056' }).first().click();
    await anna.page.getByText('All changes saved').waitFor();
    await anna.page.getByRole('button', { name: 'Move to workspace' }).click();
    await anna.page.getByText('Live in workspace “guarded”: every change is shared.').waitFor();
    await anna.page.getByRole('button', { name: 'Copy reviewer link' }).click();
    const link = await anna.page.getByRole('textbox', { name: 'Reviewer link' }).inputValue();
    const forged = new URL(link);
    forged.hash = new URLSearchParams({
      server: server.url,
      token: 'not-the-review-token',
    }).toString();

    const eve = await session.openApp(pathOf(forged.href));
    await eve.page
      .getByRole('alert')
      .getByText(/The workspace server refused this link’s reviewer token/)
      .waitFor();
    await eve.page.getByRole('heading', { name: 'This issue could not be opened' }).waitFor();
    expect(await eve.page.getByRole('article').count()).toBe(0);
    expect(await eve.page.getByText('EKS News 056').count()).toBe(0);
  });
});
