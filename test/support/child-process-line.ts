import type { ChildProcess } from 'node:child_process';

/**
 * Resolves when the child prints a line matching `pattern` on stdout; rejects when it exits first
 * or the time is up, with what it printed. Test-only.
 */
export function childProcessLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs = 20_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const done = (error?: Error, line?: string) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(line ?? '');
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) done(undefined, line);
    };
    const onExit = (code: number | null) =>
      done(new Error(`exited (${code}) before printing ${pattern}:\n${seen}`));
    const timer = setTimeout(
      () => done(new Error(`no ${pattern} in ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
  });
}
