import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From the module's own path (a string): Vitest's jsdom environment replaces the global URL.
const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');
const bodyStart = '<broadsheet-body>';
const bodyEnd = '</broadsheet-body>';
const hugoTimeoutMs = 180_000;

/**
 * Builds content files with Debian's real `hugo` and returns each file's rendered body HTML
 * (what `{{ .Content }}` gives in the page layout), keyed as the input.
 *
 * All files go into one fresh temporary copy of test/hugo/site and one `hugo` run. Each file
 * is written as `content/en/render/pN.md`; the site's permalink rule names the output page
 * after that file name, so two versions of one issue (same slug) never collide.
 */
export async function buildWithHugo(
  files: Record<string, string>,
): Promise<Record<string, string>> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-hugo-'));
  try {
    await cp(siteDir, workDir, { recursive: true });
    const contentDir = path.join(workDir, 'content/en/render');
    await mkdir(contentDir, { recursive: true });
    const keys = Object.keys(files);
    await Promise.all(
      keys.map((key, index) => writeFile(path.join(contentDir, `p${index}.md`), files[key] ?? '')),
    );
    await runHugo(workDir);
    const rendered: Record<string, string> = {};
    for (const [index, key] of keys.entries()) {
      rendered[key] = await readBody(
        path.join(workDir, 'public/render', `p${index}`, 'index.html'),
        key,
      );
    }
    return rendered;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function readBody(pagePath: string, key: string): Promise<string> {
  let page: string;
  try {
    page = await readFile(pagePath, 'utf8');
  } catch {
    throw new Error(
      `hugo rendered no page for "${key}" (expected ${path.basename(path.dirname(pagePath))}/index.html)`,
    );
  }
  const start = page.indexOf(bodyStart);
  const end = page.lastIndexOf(bodyEnd);
  if (start < 0 || end < start)
    throw new Error(`the page hugo rendered for "${key}" has no body markers`);
  return page.slice(start + bodyStart.length, end);
}

function runHugo(workDir: string): Promise<void> {
  const args = ['--quiet', '--source', workDir, '--destination', path.join(workDir, 'public')];
  args.push('--buildDrafts', '--buildFuture', '--buildExpired', '--noBuildLock');
  args.push('--cacheDir', path.join(workDir, '.cache'));
  return new Promise((resolve, reject) => {
    const child = spawn('hugo', args, { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), hugoTimeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = error.code === 'ENOENT';
      reject(
        new Error(
          missing
            ? "hugo is not installed: `make test` installs Debian's hugo"
            : `hugo failed to start: ${error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`hugo exited with ${signal ?? code}:\n${output.trim()}`));
    });
  });
}
