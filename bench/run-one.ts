import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveBench } from './archive-bench';
import { archiveScaleBench } from './archive-scale-bench';
import { autosaveBench } from './autosave-bench';
import { editorBench } from './editor-bench';
import { floorBench } from './floor-bench';
import { previewBench } from './preview-bench';
import { workspaceBrowserBench } from './workspace-browser-bench';
import { workspaceServerBench } from './workspace-server-bench';
import { serveBuild } from './serve-build';

/**
 * `npx tsx bench/run-one.ts <step>`: one browser step of the bench alone, against a build in a
 * temporary folder, printing its figures. For working on a step without the whole run, which
 * takes minutes and loads a shared machine; `npm run bench` remains the measure of record.
 */
const steps: Record<string, (baseUrl: string) => Promise<Record<string, number>>> = {
  archive: archiveBench,
  'archive-scale': archiveScaleBench,
  autosave: autosaveBench,
  editor: editorBench,
  floor: floorBench,
  'workspace-server': () => workspaceServerBench(),
  'workspace-browser': workspaceBrowserBench,
};

/** Steps that build what they measure themselves (the reviewer page and its floor). */
const ownBuildSteps: Record<string, (root: string) => Promise<Record<string, number>>> = {
  preview: previewBench,
};

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  const root = fileURLToPath(new URL('..', import.meta.url));
  const ownBuild = ownBuildSteps[name];
  if (ownBuild !== undefined) {
    console.log(JSON.stringify(await ownBuild(root), null, 2));
    return;
  }
  const step = steps[name];
  if (step === undefined) {
    const names = [...Object.keys(steps), ...Object.keys(ownBuildSteps)];
    console.error(`usage: tsx bench/run-one.ts <${names.join('|')}>`);
    process.exitCode = 2;
    return;
  }
  const outDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-bench-build-'));
  const server = await serveBuild(root, outDir);
  try {
    console.log(JSON.stringify(await step(server.url), null, 2));
  } finally {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
