import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, WorkspaceServerProcess } from '../support/workspace-server-process.ts';
import { useAppSession } from './app-session.ts';

// Titles from the page (issue 14, item 6): in a browser set up for a team workspace, a link
// typed into 056's "Add link" box becomes a card titled from the URL at once, then from the
// page's og:title as the real workspace server fetches it. The page is served by the test on
// loopback, which the server is told to allow (tests only).

const session = useAppSession();
const OG_TITLE = 'Amazon EKS introduces a page titled by the server';
let server: WorkspaceServerProcess;
let site: Server;
let pageUrl: string;

beforeAll(async () => {
  site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html><head><title>Plain title, not the one</title>` +
        `<meta property="og:title" content="${OG_TITLE}"></head><body>Hello</body></html>`,
    );
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/blog/a-slug-to-guess-from`;
  server = await WorkspaceServerProcess.start({ fetchPrivate: true });
});

afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => site?.close(resolve));
});

async function setUpWorkspace(page: Page) {
  await page.getByRole('button', { name: 'Set up a workspace' }).click();
  const form = page.getByRole('form', { name: 'Workspace settings' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Workspace name').fill('team');
  await form.getByLabel('Token', { exact: true }).fill(editorToken);
  await form.getByLabel('Your name').fill('Anna');
  await form.getByRole('button', { name: 'Save workspace' }).click();
  await page.getByText(`Workspace “team” on ${server.url}, as Anna.`).waitFor();
}

/** The text selected in the focused field, '' when there is none. */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const field = document.activeElement;
    if (!(field instanceof HTMLInputElement)) return '';
    return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
  });
}

describe('a link added to 056 with a workspace set up', () => {
  it('is titled from its page’s og:title, fetched by the workspace server', async () => {
    const { page } = await session.openApp('/');
    await setUpWorkspace(page);
    await page.getByRole('link', { name: 'EKS News 056' }).first().click();
    await page.locator('.compose-columns:not([inert])').waitFor();
    const section = page
      .getByRole('region')
      .filter({ has: page.getByRole('article') })
      .first();
    await section.getByRole('article').first().waitFor();

    const box = section.getByRole('textbox', { name: 'Add link' });
    await box.fill(pageUrl);
    await box.press('Enter');
    const card = section.getByRole('article', { name: OG_TITLE });
    await card.waitFor();
    // The title stays focused and selected as the guess was, so typing still replaces it whole.
    await expect.poll(() => selectedText(page)).toBe(OG_TITLE);
    await page.keyboard.type('Typed over');
    await section.getByRole('article', { name: 'Typed over' }).waitFor();
  });
});
