import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, readCorpus } from '../../test/helpers/corpus';
import { admitTemplate } from '../core/template/schema/admit-template';
import { runCli } from '../../test/support/run-cli';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args);

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('the broadsheet CLI', () => {
  it('roundtrip prints the file byte for byte', async () => {
    const result = await cli('roundtrip', join(corpusDir, '063.md'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readCorpus('063.md'));
  });

  it('check lists problems as FILE:LINE: message and exits 1', async () => {
    const path = file(
      'lint.md',
      readCorpus('056.md').replace('title = "EKS News 056"', 'title = "Draft"'),
    );
    const result = await cli('check', path);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path}:8: title should be "EKS News 056", not "Draft"`);
  });

  it('check exits 0 on a clean issue', async () => {
    const result = await cli('check', join(corpusDir, '068.md'));
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });

  it.each([
    ['broken TOML', 'broken.md', '+++\ntitle = "unclosed\n+++\nbody\n', /broken\.md:2: /],
    [
      'binary data',
      'binary.md',
      Buffer.from([0x2b, 0x2b, 0x2b, 0x0a, 0x00, 0x01, 0x02]),
      /binary\.md:\d+: .*binary/,
    ],
    [
      'text that is not UTF-8',
      'latin1.md',
      Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x0a]),
      /latin1\.md:2: .*not UTF-8/,
    ],
  ])(
    '%s gives one line naming the file and line, exit 2',
    async (_what, name, content, pattern) => {
      const result = await cli('roundtrip', file(name, content));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('an unreadable file is named, exit 2', async () => {
    const result = await cli('roundtrip', join(dir, 'missing.md'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.md: cannot read the file \(ENOENT\)/);
  });

  it('add-card refuses a script link', async () => {
    const result = await cli(
      'add-card',
      join(corpusDir, '070.md'),
      '--section',
      'AWS blogs',
      '--title',
      'x',
      '--url',
      'javascript:alert(1)',
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/only http\(s\) and mailto links can be added/);
  });

  it('add-card adds a card at the end of the section', async () => {
    const result = await cli(
      'add-card',
      join(corpusDir, '070.md'),
      '--section',
      'Open source projects',
      '--title',
      'owner/repo',
      '--url',
      'https://github.com/owner/repo',
      '--bullet',
      'A tool.',
    );
    expect(result.code).toBe(0);
    expect(
      result.stdout.endsWith('\n\n* [owner/repo](https://github.com/owner/repo)\n  * A tool.'),
    ).toBe(true);
  });

  it('replace says when no text holds OLD and exits 1', async () => {
    const result = await cli('replace', join(corpusDir, '056.md'), 'no such words', 'x');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('replace: no text holds "no such words"; nothing was changed\n');
  });

  it('replace prints the file with the text replaced when some text holds it', async () => {
    const result = await cli('replace', join(corpusDir, '056.md'), 'Happy 5th', 'Happy fifth');
    expect(result.code).toBe(0);
    const expected = readCorpus('056.md').replace('[Happy 5th Birthday', '[Happy fifth Birthday');
    expect(result.stdout).toBe(expected);
  });

  it.each([
    'roundtrip',
    'replace',
    'add-card',
    'render',
    'json',
    'check',
    'share-link',
    'open-link',
    'template',
  ])('%s --help prints its own usage and exits 0', async (command) => {
    const result = await cli(command, '--help');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^usage: broadsheet ${command} `));
  });

  it('--help lists every command and exits 0', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    const listed = result.stdout.split('\n').map((line) => /^ {2}([a-z-]+) /.exec(line)?.[1]);
    expect(listed.filter(Boolean)).toEqual([
      'roundtrip',
      'replace',
      'add-card',
      'render',
      'json',
      'check',
      'share-link',
      'open-link',
      'template',
      'next',
      'push',
      'pull',
    ]);
  });

  it('template learn DIR prints the template learned from the archive as JSON', async () => {
    const result = await cli('template', 'learn', corpusDir);
    expect(result.code).toBe(0);
    const template = admitTemplate(JSON.parse(result.stdout));
    expect(template.patterns.title).toBe('EKS News {number}');
    expect(template.frontMatter.format).toBe('toml');
  });

  it('template without learn DIR prints its usage, exit 2; a folder it cannot read, exit 2', async () => {
    const bare = await cli('template', 'learn');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^usage: broadsheet template learn DIR/);
    const missing = await cli('template', 'learn', join(dir, 'no-such-folder'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the folder/);
  });

  it('an unknown command prints the usage to stderr, exit 2', async () => {
    const result = await cli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: broadsheet <command>/);
  });

  it('check piped into a reader that stops early (| head) ends quietly, exit 0', async () => {
    // Enough problems to fill the pipe several times over, so the CLI is still writing when
    // the reader closes its end and its next write fails with EPIPE.
    const headings = Array.from({ length: 5000 }, (_, i) => `## Empty section ${i}\n`);
    const path = file('many-problems.md', `+++\ntitle = "x"\n+++\n\n${headings.join('\n')}`);
    const argv = ['--import', 'tsx', 'src/cli/main.ts', 'check', path];
    const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let first = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString();
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toContain(`${path}:`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
