import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The flags every browser test runs Debian's chromium with. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Generous: the machine is small and shared, and a first start of chromium is slow. */
const launchTimeoutMs = 120_000;

let resolvedPath: string | undefined;

/** The chromium that Debian's package installs, as `command -v chromium` finds it. */
export function chromiumPath(): string {
  if (resolvedPath) return resolvedPath;
  try {
    resolvedPath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    resolvedPath = '';
  }
  if (!resolvedPath)
    throw new Error("chromium is not installed: `make test` installs Debian's chromium");
  return resolvedPath;
}

/** A browser with a fresh, temporary profile (playwright makes and removes it). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: launchTimeoutMs,
  });
}

/**
 * A browser on the profile in `userDataDir` (make it with mkdtemp): what the app stored there
 * (IndexedDB, the service worker) survives closing this browser and launching another on it.
 */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: launchTimeoutMs,
    acceptDownloads: true,
  });
}

/** A new, empty profile folder for launchProfile; the caller removes it when done. */
export function newProfileDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'broadsheet-e2e-profile-'));
}
