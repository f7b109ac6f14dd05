import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser } from './chromium.ts';
import { saveFailureArtifacts } from './failure-artifacts.ts';

/** Generous waits for a slow, shared machine; specs wait for things, never for time. */
export const actionTimeoutMs = 30_000;
export const navigationTimeoutMs = 60_000;

/** A page of the app, with what went wrong in it so far. */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page; any one fails the test. */
  pageErrors: Error[];
  /** `console.error` messages, reported with a failure (a missing favicon is not one). */
  consoleErrors: string[];
}

export interface AppSession {
  /** Opens `path` of the app in a new browser context (its own storage, downloads allowed). */
  openApp(path?: string): Promise<AppPage>;
}

/** The app's address, as the global setup serves it. */
export function appUrl(path = '/'): string {
  return new URL(path, `${inject('appUrl')}/`).href;
}

/**
 * Gives a spec file one browser (a fresh profile) for all its tests, a new context per
 * openApp, and fails a test in which any page threw an uncaught error. A failed test leaves
 * screenshots and accessibility trees of its pages in test/e2e/artifacts/.
 */
export function useAppSession(): AppSession {
  let browser: Browser | undefined;
  let opened: AppPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async (context) => {
    const pages = opened;
    opened = [];
    if (context.task.result?.state === 'fail') {
      const saved = await saveFailureArtifacts(context.task.name, pages);
      console.error(`what the pages showed: ${saved.join(', ')}`);
    }
    await Promise.all(pages.map((app) => app.context.close()));
    const errors = pages.flatMap((app) => app.pageErrors);
    if (errors.length > 0)
      throw new Error(
        describeErrors(
          errors,
          pages.flatMap((app) => app.consoleErrors),
        ),
      );
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    async openApp(path = '/') {
      if (!browser) throw new Error('the browser did not start');
      const context = await browser.newContext({ acceptDownloads: true });
      const app = await watch(context);
      opened.push(app);
      await app.page.goto(appUrl(path), { waitUntil: 'load' });
      return app;
    },
  };
}

/** A new page of `context` with its errors collected and generous default timeouts. */
export async function watch(context: BrowserContext): Promise<AppPage> {
  context.setDefaultTimeout(actionTimeoutMs);
  context.setDefaultNavigationTimeout(navigationTimeoutMs);
  const page = await context.newPage();
  const app: AppPage = { page, context, pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => app.pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') app.consoleErrors.push(message.text());
  });
  return app;
}

function describeErrors(pageErrors: Error[], consoleErrors: string[]): string {
  const lines = pageErrors.map(
    (error) => `uncaught in the page: ${error.stack || `${error.name}: ${error.message}`}`,
  );
  for (const message of consoleErrors) lines.push(`console.error: ${message}`);
  return lines.join('\n');
}
