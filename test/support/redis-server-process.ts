import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port';
import { childProcessLine } from './child-process-line';

/**
 * Debian's redis-server on a free loopback port, keeping nothing on disk (`make test` installs
 * it). Test-only.
 */
export class RedisServerProcess {
  readonly url: string;
  private readonly child: ChildProcess;

  private constructor(child: ChildProcess, port: number) {
    this.child = child;
    this.url = `redis://127.0.0.1:${port}`;
  }

  static async start(): Promise<RedisServerProcess> {
    const port = await freePort();
    const child = spawn('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    await childProcessLine(child, /Ready to accept connections/);
    return new RedisServerProcess(child, port);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
