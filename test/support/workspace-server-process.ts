import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';
import { childProcessLine } from './child-process-line';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const editorToken = 'editor-token-for-tests';
export const reviewToken = 'review-token-for-tests';

export interface ServerOptions {
  port?: number;
  dataDir?: string;
  redisUrl?: string;
  /** Lets the page-title route fetch from loopback, where the tests serve their pages. */
  fetchPrivate?: boolean;
}

/**
 * The workspace server as `npm run server` starts it, in its own node process (no npm or tsx
 * wrapper between, so a kill reaches the server itself), on a free loopback port with a temporary
 * data folder unless given. Test-only.
 */
export class WorkspaceServerProcess {
  readonly port: number;
  readonly dataDir: string;
  readonly url: string;
  private child: ChildProcess | undefined;
  /** What the process printed, for a failing test's message (the last 20,000 characters). */
  log = '';
  private readonly ownsData: boolean;
  private readonly redisUrl: string | undefined;
  private readonly fetchPrivate: boolean;

  private constructor(port: number, dataDir: string, ownsData: boolean, options: ServerOptions) {
    this.port = port;
    this.dataDir = dataDir;
    this.ownsData = ownsData;
    this.redisUrl = options.redisUrl;
    this.fetchPrivate = options.fetchPrivate ?? false;
    this.url = `ws://127.0.0.1:${port}`;
  }

  static async start(options: ServerOptions = {}): Promise<WorkspaceServerProcess> {
    const port = options.port ?? (await freePort());
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'broadsheet-server-'));
    const server = new WorkspaceServerProcess(port, dataDir, !options.dataDir, options);
    await server.restart();
    return server;
  }

  /** Starts the process again on the same port and data folder. */
  async restart(): Promise<void> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      BROADSHEET_DATA: this.dataDir,
      BROADSHEET_TOKEN: editorToken,
      BROADSHEET_REVIEW_TOKEN: reviewToken,
    };
    if (this.redisUrl) env.REDIS_URL = this.redisUrl;
    else delete env.REDIS_URL;
    if (this.fetchPrivate) env.BROADSHEET_FETCH_PRIVATE = '1';
    else delete env.BROADSHEET_FETCH_PRIVATE;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env,
    });
    this.child = child;
    const keep = (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    await childProcessLine(child, /listening on/);
  }

  /** The server's resident memory, in MiB. */
  rssMiB(): number {
    const status = readFileSync(`/proc/${this.child?.pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kib / 1024;
  }

  /** Kills the process with `signal` and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
    if (this.ownsData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
