import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithHugo } from './build-with-hugo.ts';
import { corpusDir, repoRoot } from './corpus.ts';
import { expectCardRendered } from './expect-card-rendered.ts';

// The CLI as a process, in a few cases only (each start costs a second or two): exit codes,
// stdout byte for byte, one line on stderr for bad input, and add-card output through Hugo.
// The other Hugo tests call the same commands as functions.

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function broadsheet(args: string[]): Promise<Run> {
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/cli/main.ts', ...args], { cwd: repoRoot });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr }));
  });
}

const issue056 = path.join(corpusDir, '056.md');

describe('the broadsheet CLI', () => {
  let scratch = '';

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'broadsheet-cli-'));
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('roundtrip prints the file byte for byte and exits 0', async () => {
    const run = await broadsheet(['roundtrip', issue056]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.equals(await readFile(issue056))).toBe(true);
  });

  it('add-card prints a file that Hugo renders with the typed title and URL', async () => {
    const card = {
      section: 'Open source projects',
      title: 'A [bracketed] *title* <with> & `code`',
      url: 'https://example.com/a (b)/c',
      tag: 'Blog',
      bullets: ['First bullet with _underscores_', 'Second bullet'],
    };
    const args = ['--section', card.section, '--title', card.title, '--url', card.url];
    args.push('--tag', card.tag, ...card.bullets.flatMap((bullet) => ['--bullet', bullet]));
    const run = await broadsheet(['add-card', issue056, ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const original = await readFile(issue056, 'utf8');
    const rendered = await buildWithHugo({ before: original, after: run.stdout.toString('utf8') });
    expectCardRendered(rendered.before ?? '', rendered.after ?? '', card);
  });

  it('bad input exits 2 with one line naming the file, and prints nothing', async () => {
    const binary = path.join(scratch, 'binary.md');
    await writeFile(binary, Buffer.from([0x2b, 0x2b, 0x2b, 0x0a, 0xff, 0xfe, 0x00, 0x01]));
    const run = await broadsheet(['roundtrip', binary]);
    expect(run.code).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('binary.md');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
