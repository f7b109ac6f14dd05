import { InputError } from '../core/errors';

export interface WorkspaceTarget {
  /** The server's ws:// or wss:// address. */
  server: string;
  workspace: string;
  token: string;
}

export interface WorkspaceArgs extends WorkspaceTarget {
  /** What is not an option: the FILE of push, the SLUG of pull; '' with `--ready`. */
  operand: string;
  slug?: string;
  /** `pull --ready --out DIR`: every issue whose status is ready, written into DIR. */
  ready?: { out: string };
}

const FLAGS = ['--server', '--workspace', '--token', '--slug', '--out'] as const;

/**
 * `OPERAND [--server URL] [--workspace NAME] [--token TOKEN] [--slug SLUG]`, or `--ready --out
 * DIR` in place of the operand, each option falling
 * back to BROADSHEET_SERVER, BROADSHEET_WORKSPACE and BROADSHEET_TOKEN (so CI can keep the token
 * out of the command line), the server to ws://127.0.0.1:1234. An http(s) address is taken as
 * the ws(s) one on the same host.
 */
export function parseWorkspaceArgs(args: string[], env: NodeJS.ProcessEnv): WorkspaceArgs {
  const values: Partial<Record<(typeof FLAGS)[number], string>> = {};
  const operands: string[] = [];
  let ready = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const flag = FLAGS.find((f) => f === arg);
    if (arg === '--ready') {
      ready = true;
      continue;
    }
    if (!flag) {
      if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
      operands.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new InputError(`${flag} needs a value`);
    values[flag] = value;
  }
  const out = values['--out'];
  if (ready !== (out !== undefined)) throw new InputError('--ready and --out DIR go together');
  if (operands.length !== (ready ? 0 : 1)) {
    throw new InputError(ready ? 'give no SLUG with --ready' : 'give exactly one FILE or SLUG');
  }
  const workspace = values['--workspace'] ?? env.BROADSHEET_WORKSPACE ?? '';
  const token = values['--token'] ?? env.BROADSHEET_TOKEN ?? '';
  if (!workspace) throw new InputError('--workspace (or BROADSHEET_WORKSPACE) is needed');
  const server = serverAddress(values['--server'] ?? env.BROADSHEET_SERVER);
  const slug = values['--slug'];
  return {
    operand: operands[0] ?? '',
    server,
    workspace,
    token,
    ...(slug ? { slug } : {}),
    ...(out !== undefined ? { ready: { out } } : {}),
  };
}

function serverAddress(given = 'ws://127.0.0.1:1234'): string {
  const address = given.replace(/^http(s?):\/\//i, 'ws$1://');
  if (!/^wss?:\/\/[^/\s]+/i.test(address)) {
    throw new InputError(`--server must be a ws(s):// or http(s):// address, not "${given}"`);
  }
  return address;
}
