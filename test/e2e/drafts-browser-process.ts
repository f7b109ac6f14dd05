import { readdir, readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';

// Finds and kills the chromium that runs a persistent profile. launchPersistentContext gives no
// Browser (so no browser.process()), but the browser process is the one whose command line names
// the profile folder and carries no `--type=` (renderers, GPU and utility processes do). Playwright
// starts it as the leader of its own process group, so killing the group takes every child too.

async function commandLine(pid: string): Promise<string[]> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } catch {
    return [];
  }
}

/** The pid of the browser process running the profile in `userDataDir`. */
export async function browserPid(userDataDir: string): Promise<number> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await commandLine(entry);
    const onProfile = args.some((arg) => arg === `--user-data-dir=${userDataDir}`);
    if (onProfile && !args.some((arg) => arg.startsWith('--type='))) found.push(Number(entry));
  }
  if (found.length !== 1)
    throw new Error(`expected one browser process on ${userDataDir}, found ${found.length}`);
  return found[0]!;
}

/** SIGKILLs the browser running `context` (no clean shutdown), and waits until Playwright sees it gone. */
export async function killBrowser(context: BrowserContext, userDataDir: string): Promise<void> {
  const pid = await browserPid(userDataDir);
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
  await closed;
}
