import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles, readCorpus } from '../../test/helpers/corpus';
import { fluxDir, fluxFiles, readFlux } from '../../test/helpers/flux-corpus';
import { runCli } from '../../test/support/run-cli';
import { eksNewsTemplate } from '../core/template/eks-news';

// `--template FILE` on the commands that read issue files, and `next`: a file is read with the
// template given, or with the built-in template it fits best.

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(args);

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

let fluxTemplate = '';
beforeAll(async () => {
  const learned = await cli('template', 'learn', fluxDir);
  expect(learned.code).toBe(0);
  fluxTemplate = write('flux.json', learned.stdout);
});

function cardCount(json: string): number {
  const issue = JSON.parse(json) as { sections: { blocks: { kind: string }[] }[] };
  return issue.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'card').length;
}

describe('--template FILE', () => {
  it('reads the file with that template: its card shapes, byte for byte', async () => {
    const headingsOnly = write(
      'headings.json',
      JSON.stringify({
        ...eksNewsTemplate,
        sections: eksNewsTemplate.sections.map((s) => ({ ...s, cardShapes: ['link-heading'] })),
        cardShapes: ['link-heading'],
      }),
    );
    const file = join(corpusDir, '056.md');
    const built = await cli('json', file);
    const given = await cli('json', '--template', headingsOnly, file);
    expect(cardCount(built.stdout)).toBe(readCorpus('056.md').match(/^\* \[/gm)?.length);
    expect(cardCount(given.stdout)).toBe(0);
    const roundtrip = await cli('roundtrip', file, `--template=${headingsOnly}`);
    expect(roundtrip.stdout).toBe(readCorpus('056.md'));
  });

  it('lints with the template: no EKS News title complaint on a Flux update', async () => {
    const name = fluxFiles()[5] ?? '';
    const renamed = write(name, readFlux(name).replace(/^title: .*$/m, 'title: Something else'));
    const learned = await cli('check', '--template', fluxTemplate, renamed);
    expect(learned.stdout).not.toMatch(/title should be/);
    const eks = write('eks.json', JSON.stringify(eksNewsTemplate));
    const forced = await cli('check', '--template', eks, renamed);
    expect(forced.stdout).toMatch(/title should be "EKS News/);
    expect(forced.code).toBe(1);
  });

  it('refuses a file that is not a template in one line naming it, exit 2', async () => {
    const file = join(corpusDir, '056.md');
    const notJson = await cli('roundtrip', '--template', write('bad.json', '{'), file);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/bad\.json: the template is not JSON/);
    const wrong = await cli('check', file, '--template', write('wrong.json', '{"name": 1}'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/^.*wrong\.json: not a template: /);
    const missing = await cli('render', file, '--template');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--template needs a FILE/);
  });
});

describe('next DIR', () => {
  it('prints the EKS News issue after the newest in the archive', async () => {
    const result = await cli('next', corpusDir);
    expect(result.code).toBe(0);
    const newest = Math.max(...corpusFiles().map((name) => Number.parseInt(name, 10)));
    const slug = String(newest + 1).padStart(3, '0');
    expect(result.stdout).toMatch(new RegExp(`^\\+\\+\\+\\n[^]*slug = "${slug}"\\n`));
    expect(result.stdout).toContain(`title = "EKS News ${slug}"`);
    const headings = result.stdout.match(/^## .*$/gm) ?? [];
    expect(headings).toEqual(eksNewsTemplate.sections.map((s) => `## ${s.name}`));
  });

  it('prints a Flux update in YAML with the template given', async () => {
    const result = await cli('next', '--template', fluxTemplate, fluxDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\n/);
    const template = JSON.parse(readFileSync(fluxTemplate, 'utf8')) as {
      sections: { name: string }[];
    };
    const headings = result.stdout.match(/^## .*$/gm) ?? [];
    expect(headings).toEqual(template.sections.map((s) => `## ${s.name}`));
  });
});
